"""`sealnote serve --tls-cert --tls-key` speaks HTTPS, TLS 1.2 or newer only."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import subprocess
import sys
import warnings
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.helpers import running_server, sealnote, sealnote_env


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def handshake(port: int, version: ssl.TLSVersion) -> bool:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # TLS 1.1 is asked for on purpose
        context.minimum_version = context.maximum_version = version
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, \
                context.wrap_socket(raw):
            return True
    except (ssl.SSLError, OSError):
        return False


def test_https_with_tls_12_and_13_only(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    env = sealnote_env(tmp_path / "data")
    sealnote(env, "init")
    trust = ssl.create_default_context(cafile=str(cert))  # the test's own self-signed CA
    with running_server(env, "--tls-cert", str(cert), "--tls-key", str(key), scheme="https",
                        host="localhost", verify=trust) as url:
        assert httpx.get(f"{url}/healthz", verify=trust).status_code == 200
        login = httpx.get(f"{url}/login", verify=trust)
        assert "Secure" in login.headers["set-cookie"]
        port = int(url.rsplit(":", 1)[1])
        assert handshake(port, ssl.TLSVersion.TLSv1_2) and handshake(port, ssl.TLSVersion.TLSv1_3)
        assert not handshake(port, ssl.TLSVersion.TLSv1_1)


def test_half_a_tls_configuration_is_refused_with_advice(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "sealnote", "serve", "--data-dir",
                             str(tmp_path), "--tls-cert", str(tmp_path / "c.pem")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "both --tls-cert and --tls-key" in result.stderr


def test_behind_a_local_tls_proxy_the_cookies_are_secure(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    proxied = httpx.get(url + "/login", headers={"X-Forwarded-Proto": "https"})
    assert "secure" in proxied.headers["set-cookie"].lower()
    direct = httpx.get(url + "/login")
    assert "secure" not in direct.headers["set-cookie"].lower()
