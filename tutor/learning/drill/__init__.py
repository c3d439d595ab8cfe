"""Quiz and review: one drill loop over a list of items (questions, argument exercises)."""
