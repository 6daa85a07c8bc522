#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Refreshes docs/screenshots/ from a run of the web UI's end-to-end test (WebE2EIT), which writes
# its screenshots (desktop 1440×900, phone 390×844) to app/target/screenshots/ in every run.
# Needs /usr/bin/chromium and fonts-wqy-microhei (see .ci/run). Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -pl app -am verify -Dit.test=WebE2EIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
mkdir -p docs/screenshots
rm -f docs/screenshots/*.png
cp app/target/screenshots/*.png docs/screenshots/
echo "docs/screenshots: $(ls docs/screenshots/*.png | wc -l) screenshots"
