"""HTTP API and server-rendered web pages: a thin adapter over the library and the store."""
