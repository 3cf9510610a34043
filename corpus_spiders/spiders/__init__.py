"""The spiders of the corpus project (``scrapy list``)."""
