"""The plan reader on the labelled corpus sets, scored with the corpus's own script (score.py reading).

The reader has no fitted weights, but its rules were written while looking at failures in all three sets,
so these figures are development figures; the hidden sets by other authors are its out-of-sample test.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from corpus_eval import CORPUS, SETS, TODAY

sys.path.insert(0, str(CORPUS))
import score  # noqa: E402

from augenhoehe.check.reader import SCHEMA, read_text  # noqa: E402


def main() -> int:
    """Print the reader's figures per set."""
    status = 0
    for set_name in SETS:
        set_dir = CORPUS / set_name
        results = [read_text(p.read_text(encoding="utf-8"), p.name, TODAY).to_dict()
                   for p in sorted((set_dir / "plans").glob("*.txt"))]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump({"schema": SCHEMA, "results": results}, fh, ensure_ascii=False)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = score.main(["score.py", "reading", fh.name, str(set_dir)])
        Path(fh.name).unlink()
        status |= rc
        print(f"  {set_name}: {out.getvalue().strip().splitlines()[0]}")
    return status


if __name__ == "__main__":
    sys.exit(main())
