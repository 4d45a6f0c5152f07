"""The HTTP edge REST and GraphQL share: dependencies, problems, conditional requests, middlewares."""
