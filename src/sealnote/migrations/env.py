"""Alembic environment: migrations run on the connection Sealnote hands over."""

from alembic import context

from sealnote.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable through the alembic CLI
    raise SystemExit("Run migrations with `sealnote init`, which supplies the connection.")

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
