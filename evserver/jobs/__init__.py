"""Scheduled work: offline stations; outbox delivery, billing and OCPI sync plug in here."""
