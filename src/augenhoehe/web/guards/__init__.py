"""Small safeguards shared by the workspace and the security app: secrets, case-access grants, plausible
dates, categories of free-text reasons. They import nothing of the web's apps, so both may use them."""
