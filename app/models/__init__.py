"""Every table, imported here so that ``SQLModel.metadata`` is complete for Alembic and tests."""

from app.models.api_key import ApiKey
from app.models.base import ContentStatus, Language
from app.models.change import ChangeEvent, ChangeOp, EntityType
from app.models.content import Attachment
from app.models.knowledge import KnowledgeItem, KnowledgeItemOrganisation, KnowledgeItemTheme, KnowledgeKind
from app.models.organisation import AllianceMembership, Organisation, OrganisationKind, OrganisationTheme
from app.models.position_paper import Audience, PositionPaper, PositionPaperSignatory, PositionPaperTheme
from app.models.revision import ContentRevision
from app.models.search_key import SearchKey
from app.models.search_outbox import OutboxStatus, SearchOutbox
from app.models.theme import Theme
from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.models.working_group import WorkingGroup, WorkingGroupMember

__all__ = [
    "AllianceMembership",
    "ApiKey",
    "Attachment",
    "Audience",
    "ChangeEvent",
    "ChangeOp",
    "ContentRevision",
    "ContentStatus",
    "EntityType",
    "KnowledgeItem",
    "KnowledgeItemOrganisation",
    "KnowledgeItemTheme",
    "KnowledgeKind",
    "Language",
    "Organisation",
    "OrganisationKind",
    "OrganisationTheme",
    "OutboxStatus",
    "PositionPaper",
    "PositionPaperSignatory",
    "PositionPaperTheme",
    "SearchKey",
    "SearchOutbox",
    "Theme",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
    "WorkingGroup",
    "WorkingGroupMember",
]
