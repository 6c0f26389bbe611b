"""A citizen's post over nginx's body limit gets a Vietnamese page saying how to get the text back, not
nginx's English «413 Request Entity Too Large». Runs the lines of deploy/nginx/portal.conf in a real nginx
(`apt-get install nginx`, which .ci/run does); skipped without it, except on CI."""

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.live

PORT = 8171
CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "portal.conf"


def too_large_lines():
    """The lines of the production config between `# too-large` and `# end too-large`."""
    text = CONFIG.read_text()
    start = text.index("    # too-large")
    return text[start:text.index("# end too-large", start)]


@pytest.fixture
def nginx(tmp_path):
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is not installed")
        pytest.skip("nginx is not installed (apt-get install nginx)")
    (tmp_path / "logs").mkdir()
    (tmp_path / "nginx.conf").write_text(f"""
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/logs/error.log;
daemon off;
events {{}}
http {{
    access_log off;
    client_body_temp_path {tmp_path}/body;
    server {{
        listen 127.0.0.1:{PORT};
        client_max_body_size 1k;
{too_large_lines()}
        location / {{ return 200 'ok'; }}
    }}
}}
""")
    process = subprocess.Popen([binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                               stderr=subprocess.PIPE)
    for _ in range(50):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield
    process.terminate()
    process.wait(timeout=10)


def test_an_oversize_post_gets_the_vietnamese_page_that_says_the_text_is_kept(nginx):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}/y-kien/1/cau-hoi/", data=b"x" * 4096, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 413
    assert refused.value.headers["Content-Type"].startswith("text/html")
    page = refused.value.read().decode()
    assert '<html lang="vi">' in page
    assert "Nội dung gửi đi quá lớn" in page and "vẫn được lưu trong trình duyệt" in page
