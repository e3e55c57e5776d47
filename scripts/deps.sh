#!/usr/bin/env bash
# Installs the Debian 12 packages Dossier Workstation needs. Only installs what is missing.
#   scripts/deps.sh build   — compiler, Qt 6 and the libraries to build and run
#   scripts/deps.sh test    — build + the independent tools the tests and benchmarks use
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build git pkg-config ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
  libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd
  libpodofo-dev libzxing-dev libqrencode-dev libsane-dev sane-utils qtkeychain-qt6-dev
  libtiff-dev libjpeg-dev libpng-dev zlib1g-dev libsqlite3-dev
  libssl-dev libzip-dev libqpdf-dev icc-profiles-free fonts-noto-cjk fonts-arphic-uming qt6-multimedia-dev qt6-translations-l10n libqt6sql6-psql
)
TEST_PKGS=(
  xvfb xauth x11-apps imagemagick qpdf poppler-utils zbar-tools ocrmypdf img2pdf time tesseract-ocr
  dbus dbus-x11 gnome-keyring libsecret-tools postgresql-15 curl openssl clang-format odt2txt fonts-wqy-microhei fonts-wqy-zenhei fonts-arphic-ukai
  chromium nodejs
)

mode=${1:-build}
pkgs=("${BUILD_PKGS[@]}")
if [ "$mode" = test ]; then pkgs+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then missing+=("$p"); fi
done
# The independent OFD reader's runner (tests/ofdjs) is installed with npm. Debian's nodejs comes without it, in the
# npm package; a nodejs that brings its own npm conflicts with that package, so it is only asked for when missing.
if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
if [ ${#missing[@]} -eq 0 ]; then echo "deps: all ${#pkgs[@]} packages present"; exit 0; fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "deps: need root to install: ${missing[*]} (run as root or install sudo)" >&2; exit 1; fi
fi
echo "deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
