"""Label Studio round trip: serve a local server, push articles as tasks, pull gold."""
