"""packs package."""
