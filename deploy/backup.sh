#!/usr/bin/env bash
# A backup of the portal: the PostgreSQL database (pg_dump, custom format) and the media folder (uploads).
#   deploy/backup.sh DEST_DIR [KEEP_DAYS]     (make backup BACKUP_DIR=...)
# Reads DATABASE_URL and MEDIA_ROOT like the application. Writes DEST_DIR/portal-YYYYmmdd-HHMMSS/ with
# database.dump and media.tar.gz; with KEEP_DAYS, removes backups older than that.
set -euo pipefail
dest="${1:?usage: backup.sh DEST_DIR [KEEP_DAYS]}"
keep="${2:-}"
database_url="${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
case "$database_url" in postgres://*|postgresql://*) ;; *) echo "backup.sh: DATABASE_URL is not PostgreSQL" >&2; exit 2;; esac
media="${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}"

target="$dest/portal-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --file="$target/database.dump" "$database_url"
if [ -d "$media" ]; then
    tar -czf "$target/media.tar.gz" -C "$media" .
else
    tar -czf "$target/media.tar.gz" --files-from /dev/null
fi
echo "$target"
if [ -n "$keep" ]; then
    find "$dest" -maxdepth 1 -type d -name 'portal-*' -mtime "+$keep" -exec rm -rf {} +
fi
