#!/usr/bin/env bash
# A backup of the portal: the PostgreSQL database (pg_dump, custom format) and the media folder (uploads).
#   deploy/backup.sh DEST_DIR [KEEP_DAYS]     (make backup BACKUP_DIR=...)
# Reads DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT like the application. Writes
# DEST_DIR/portal-YYYYmmdd-HHMMSS/ with database.dump, media.tar.gz and private-media.tar.gz (citizens'
# attachments: keep the backups as private as the database); with KEEP_DAYS, removes older backups.
set -euo pipefail
dest="${1:?usage: backup.sh DEST_DIR [KEEP_DAYS]}"
keep="${2:-}"
database_url="${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
case "$database_url" in postgres://*|postgresql://*) ;; *) echo "backup.sh: DATABASE_URL is not PostgreSQL" >&2; exit 2;; esac
media="${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}"
private_media="${PRIVATE_MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/private-media}"

target="$dest/portal-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --file="$target/database.dump" "$database_url"
archive() {  # archive FOLDER FILE: an empty archive when the folder does not exist
    if [ -d "$1" ]; then tar -czf "$2" -C "$1" .; else tar -czf "$2" --files-from /dev/null; fi
}
archive "$media" "$target/media.tar.gz"
archive "$private_media" "$target/private-media.tar.gz"
chmod 600 "$target/database.dump" "$target/private-media.tar.gz"
echo "$target"
if [ -n "$keep" ]; then
    find "$dest" -maxdepth 1 -type d -name 'portal-*' -mtime "+$keep" -exec rm -rf {} +
fi
