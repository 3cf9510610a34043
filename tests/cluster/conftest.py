from __future__ import annotations

import pytest

from .services import redis_server


@pytest.fixture(scope="module")
def redis_url():
    """A real redis-server on a free loopback port for this test module, stopped after it."""
    with redis_server() as url:
        yield url


@pytest.fixture
def redis_client(redis_url):
    import redis
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()
