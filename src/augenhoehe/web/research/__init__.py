"""Research projects in the web app: Kuckartz artefacts on imported or exported material only."""
