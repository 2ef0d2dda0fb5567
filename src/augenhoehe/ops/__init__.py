"""Operations: encrypted backup and restore, retention (Löschfristen), subject-access export."""
