"""augenhoehe: the Kooperationsplan (§ 15 SGB II) written, checked, simulated and monitored."""

__version__ = "0.1.0"
