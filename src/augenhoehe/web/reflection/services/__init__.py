"""Services of the reflection app: business logic, domain errors only, no HTTP."""
