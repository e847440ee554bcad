"""The website tracking scanner: crawl the practice's own site in a real browser, find pixels,
session recorders, chat widgets and forms that send to third parties, and rate each page."""
