"""Scrapy commands of the project (``COMMANDS_MODULE``): ``crawl`` checks a spider's
arguments before Scrapy starts, so a missing start URL is one line, not a traceback."""
