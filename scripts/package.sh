#!/usr/bin/env bash
# Builds the Debian 12 packages dossier-workstation and dossier-server (CPack, the `package` preset: Release, no
# tests, in build-package/) into OUT (default out/packages), then checks them: lintian, desktop-file-validate,
# appstreamcli validate. The default and ci builds are untouched.
#   scripts/package.sh [OUT]        JOBS=N to limit the build's parallel jobs
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-out/packages}")
cmake --preset package >/dev/null
cmake --build --preset package -j"${JOBS:-$(nproc)}"
rm -rf "$out/.cpack"
mkdir -p "$out"
(cd build-package && cpack -G DEB -B "$out/.cpack" >/dev/null)
rm -f "$out"/dossier-*.deb
mv "$out"/.cpack/dossier-*.deb "$out"/
rm -rf "$out/.cpack"

status=0
desktop-file-validate installer/share/org.example.DossierWorkstation.desktop || status=1
appstreamcli validate --no-net installer/share/org.example.DossierWorkstation.metainfo.xml >/dev/null || status=1
if command -v lintian >/dev/null; then
  # --suppress-tags-from-file: the project's overrides, each with its reason (installer/lintian-suppressed).
  lintian --fail-on error --suppress-tags-from-file installer/lintian-suppressed "$out"/dossier-*.deb || status=1
else
  echo "package: lintian is not installed; the packages were not checked" >&2
fi
ls -l "$out"/dossier-*.deb
exit $status
