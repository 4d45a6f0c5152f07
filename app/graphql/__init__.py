"""The GraphQL API: strawberry types over the same services as REST, mounted at ``/graphql``."""
