"""Read-side monitoring: qualitative key figures and adaptation-strategy indicators per team."""
