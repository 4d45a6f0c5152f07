"""Use cases. REST routers, GraphQL resolvers, the CLI and seeding all call these; none commits."""
