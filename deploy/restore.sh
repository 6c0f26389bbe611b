#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into DATABASE_URL (an empty or existing database: its objects are
# replaced) and MEDIA_ROOT (files of the backup are written over, others kept).
#   deploy/restore.sh BACKUP_DIR      (make restore BACKUP=...)
# Stop the application and the worker first; purge the caches (restart Varnish, flush Redis) after.
set -euo pipefail
backup="${1:?usage: restore.sh BACKUP_DIR}"
database_url="${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
media="${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}"
private_media="${PRIVATE_MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/private-media}"
test -f "$backup/database.dump" && test -f "$backup/media.tar.gz"

pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --dbname="$database_url" \
    "$backup/database.dump"
mkdir -p "$media"
tar -xzf "$backup/media.tar.gz" -C "$media"
if [ -f "$backup/private-media.tar.gz" ]; then  # backups made before attachments were private have none
    mkdir -p "$private_media"
    tar -xzf "$backup/private-media.tar.gz" -C "$private_media"
fi
echo "restored $backup"
