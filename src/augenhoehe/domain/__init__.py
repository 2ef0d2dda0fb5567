"""Pure domain model: plans, steps, Potenzialanalyse and the legal regimes keyed by date."""
