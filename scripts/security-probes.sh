#!/usr/bin/env bash
# SQL-injection probes with sqlmap (Debian package) against a running Dealer CSI: the DMS API (JSON body), an
# owner's survey link and the staff login form. The same calls as SqlInjectionProbeIT, which `./mvnw verify` runs
# against the app under test. See the README, "Security probes".
#
#   scripts/security-probes.sh BASE_URL API_KEY [SURVEY_TOKEN]
#   scripts/security-probes.sh http://localhost:8080 demo-store-key
#
# BASE_URL   the app, e.g. http://localhost:8080 (probe only an instance you run or are allowed to test)
# API_KEY    a store's DMS key; the probe posts visits to that store (delivered in 2001, so no mail goes out)
# SURVEY_TOKEN  the token of a real survey link (the part after /survey/); without one a made-up token is used.
#            Only requests that still look like a token count as wrong links (3 in a run against the demo), far
#            below the limit per client address (csi.survey.max-failed-lookups, 20 per 15 min)
#
# ADVISOR    (environment) a staff code of that store, so the visit is accepted (default SA01, the demo's)
#
# Exit status: 0 when sqlmap found nothing, 1 when it reported an injection point, 2 when a probe did not run.
# Everything sqlmap writes (logs, traffic, session) goes under $OUT (default target/security-probes).
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
base=${1%/}
api_key=$2
token=${3:-probe$(date +%s)}
out=${OUT:-target/security-probes}
command -v sqlmap >/dev/null || { echo "sqlmap is not installed: apt-get install sqlmap" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

# Offline and unattended: --batch takes the default answers, Github=N declines the crash report sqlmap would
# otherwise offer to upload (that question ignores --batch), no --update, no proxy from the environment; HOME keeps
# sqlmap's history out of the operator's home. follow=Y,resend=N: the login's redirect is followed with a GET.
common=(--batch --disable-coloring --answers="Github=N,follow=Y,resend=N" --ignore-proxy
  --level=2 --risk=1 --dbms=MySQL --technique=BEUST --timeout=10 --retries=1 --skip-waf --flush-session)

visit='{"roNumber": "RO-PROBE", "ownerName": "王先生", "email": "probe@example.com", "phone": "138 0013 8000", "plate": "沪A 88888", "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "'"${ADVISOR:-SA01}"'", "deliveredAt": "2001-01-01T10:00:00+08:00", "language": "en"}'

status=0
probe() {
  local name=$1; shift
  local dir="$out/$name"
  mkdir -p "$dir"
  local started=$SECONDS
  (cd "$dir" && HOME="$dir" TERM=dumb sqlmap "$@" "${common[@]}" --output-dir="$dir" -t "$dir/traffic.txt" \
    </dev/null >"$dir/sqlmap.log" 2>&1) || { echo "$name: sqlmap failed, see $dir/sqlmap.log"; status=2; return; }
  local requests findings candidates
  requests=$(grep -c '^HTTP request \[#' "$dir/traffic.txt" || true)
  findings=$(grep -cE "identified the following injection point|is vulnerable|^Parameter: .+\(.+\)|heuristic \(basic\) test shows that .+ might be injectable" "$dir/sqlmap.log" || true)
  candidates=$(grep -cE "appears to be '.+' injectable" "$dir/sqlmap.log" || true)
  echo "$name: $requests requests, $findings findings, $candidates candidates dismissed by sqlmap, $((SECONDS - started)) s ($dir/sqlmap.log)"
  if [ "$findings" -gt 0 ]; then
    status=1
  elif ! grep -q "do not appear to be injectable" "$dir/sqlmap.log"; then
    echo "$name: sqlmap did not finish its tests, see $dir/sqlmap.log"; status=2
  fi
}

probe api-visits -u "$base/api/v1/visits" --method=POST --data="$visit" \
  -H "Content-Type: application/json" -H "X-Api-Key: $api_key"
probe survey-link -u "$base/survey/$token*" --ignore-redirects
# the login delay is keyed by the e-mail: payloads for it are new addresses each time, and while the password is
# probed --randomize changes the address on every request, so the delay does not stall the probe
probe login-username -u "$base/login" --data="username=probe%40example.com&password=x" -p username
probe login-password -u "$base/login" --data="username=probe%40example.com&password=x" -p password --randomize=username
exit $status
