"""Secret key: refused start-up without one outside DEBUG; pseudonym salt independent and rotatable."""

from __future__ import annotations

import hashlib
import stat

from django.test import override_settings

from augenhoehe.web.guards import keys
from augenhoehe.web.workspace.services.snapshot import own_pseudonym, workspace_salt

from .conftest import run_cli


def test_refuses_to_start_without_key_outside_debug(tmp_path):
    result = run_cli(["manage", "check"], {"AUGENHOEHE_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "AUGENHOEHE_SECRET_KEY fehlt" in result.stderr
    assert "is missing" in result.stderr


def test_debug_starts_without_key(tmp_path):
    result = run_cli(["manage", "check"], {"AUGENHOEHE_DATA_DIR": str(tmp_path), "AUGENHOEHE_DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def test_key_from_data_directory_file_written_by_keys_init(tmp_path):
    made = run_cli(["keys", "init"], {"AUGENHOEHE_DATA_DIR": str(tmp_path)})
    assert made.returncode == 0, made.stderr
    key_file = tmp_path / keys.SECRET_KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text().strip()) >= 50
    result = run_cli(["manage", "check"], {"AUGENHOEHE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr


def test_demo_generates_a_key_into_the_data_directory(tmp_path):
    result = run_cli(["demo", "--reset", "--source", "fixtures"],
                     {"AUGENHOEHE_DATA_DIR": str(tmp_path), "AUGENHOEHE_FAST_PASSWORD_HASH": "1"},
                     drop=("AUGENHOEHE_DATABASE_URL",))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / keys.SECRET_KEY_FILE).is_file()


def test_pseudonym_salt_is_not_derived_from_the_secret_key(data_dir, settings):
    derived = hashlib.sha256(f"augenhoehe.monitoring:{settings.SECRET_KEY}".encode()).hexdigest()
    salt = workspace_salt()
    assert salt != derived and settings.SECRET_KEY not in salt
    with override_settings(SECRET_KEY="another-key-" + "z" * 50):
        assert workspace_salt() == salt  # rotating the secret key does not change pseudonyms
    assert stat.S_IMODE((data_dir / keys.SALT_FILE).stat().st_mode) == 0o600


def test_salt_rotation_changes_pseudonyms(data_dir, world):
    before = own_pseudonym(world.cw_nord.pk)
    keys.write_secret_file(data_dir / keys.SALT_FILE, overwrite=True)
    assert own_pseudonym(world.cw_nord.pk) != before
