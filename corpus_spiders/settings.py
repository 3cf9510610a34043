"""Scrapy settings of the corpus project: a polite crawler by default.

Override any of them on the command line (``-s NAME=VALUE``). The corpus-specific
ones (``CORPUS_*``) are described in docs/crawling.md.
"""

BOT_NAME = "corpus"
SPIDER_MODULES = ["corpus_spiders.spiders"]
NEWSPIDER_MODULE = "corpus_spiders.spiders"
COMMANDS_MODULE = "corpus_spiders.commands"   # `scrapy crawl` checks the spider's arguments first

# -- good citizen -------------------------------------------------------------
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "corpus_spiders.robots.BoundedRobotParser"   # robots.txt read up to 500 KiB (RFC 9309)
# USER_AGENT is built by the spider as "corpus-bot/0.1 (news text corpus crawler; +CONTACT)"
# unless you set USER_AGENT yourself. Set a page where site owners can reach you:
CORPUS_CONTACT_URL = None
CORPUS_BOT_NAME = "corpus-bot"
CORPUS_BOT_VERSION = "0.1"

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
CONCURRENT_ITEMS = 16                     # per response (Scrapy: 100 asyncio tasks per page; a page yields 1 item)

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024       # bytes; larger responses are cancelled
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

RETRY_ENABLED = True                      # timeouts and connection errors are retried too
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

CLOSESPIDER_PAGECOUNT = 5000              # page cap per crawl (responses); 0 = no cap
DEPTH_LIMIT = 8                           # link hops from a start URL
DEPTH_PRIORITY = 1                        # breadth-first: hubs near the start first
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
CORPUS_DISK_QUEUE = True                  # pending requests on disk in a private JOBDIR (corpus_spiders/queues.py)
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False             # no listening ports
REMOTE_CONTROL_ENABLED = False

# HTTP cache: off; switch it on for development with -s CORPUS_DEV=1 (or HTTPCACHE_ENABLED=1).
CORPUS_DEV = False
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"               # under .scrapy/ of the project
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# -- output ---------------------------------------------------------------------
ITEM_PIPELINES = {"corpus_spiders.pipelines.CorpusPipeline": 300}
EXTENSIONS = {"corpus_spiders.extensions.StatsFile": 500, "corpus_spiders.shutdown.GracefulShutdown": 0,
              "corpus_spiders.progress.ProgressLog": 510}
CORPUS_PROGRESS_INTERVAL = 60.0           # seconds between progress log lines (corpus_spiders/progress.py); 0: off
CORPUS_SHUTDOWN_GRACE = 5.0               # seconds downloads in flight get after SIGTERM/Ctrl-C (corpus_spiders/shutdown.py)
CORPUS_STATS_FILE = None                  # path: the crawl stats as JSON when the spider closes

# -- raw responses to WARC (off unless CORPUS_WARC_DIR is set) -----------------------
DOWNLOADER_MIDDLEWARES = {"corpus_spiders.warc.WarcWriterMiddleware": 585}   # bodies as decoded by HttpCompression (590)
CORPUS_WARC_DIR = None                    # directory: every response fetched, as gzip WARC (see corpus_spiders/warc/)
CORPUS_WARC_MAX_BYTES = 1024 ** 3         # a WARC file is closed and a new one begun past this size
CORPUS_WARC_PREFIX = None                 # file name prefix; default: the ingest target, else the spider name
FEED_EXPORT_ENCODING = "utf-8"

# -- the cleaner chain (same chain as `corpus clean`) -----------------------------
CORPUS_CONFIG = None                      # pyproject.toml with [tool.corpus]; default ./pyproject.toml
CORPUS_CLEANERS = {}                      # {name: order}; None/False disables (like ITEM_PIPELINES)
CORPUS_CLEANER_SETTINGS = {}              # passed to every cleaner's from_settings()
CORPUS_COMMENTS = True                    # False: no comments in the records
CORPUS_REMOVED_CHARS = 200                # characters of each cut a record's `removed` shows; 0: the whole cut
CORPUS_DEDUP = "mark"                     # exact/near duplicates: mark | drop | off (as corpus clean --dedup)
CORPUS_MIN_CHARS = 300                    # shortest body (after cleaning) emitted as an article
CORPUS_WORKERS = None                     # cleaning worker processes; None: one per core; 0: in the crawl process
CORPUS_TIMEOUT = 60.0                     # seconds per page in the cleaner chain (as corpus clean --timeout)
CORPUS_MAX_MEMORY = "2G"                  # memory of each cleaning worker (as corpus clean --max-memory); 0: none
CORPUS_ARTICLE_SCORE = 3                  # article-signal score a page needs to count as an article

LOG_LEVEL = "INFO"
