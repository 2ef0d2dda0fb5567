"""Services: the only place where workspace state changes; views stay thin."""
