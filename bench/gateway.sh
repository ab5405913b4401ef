# bench/gateway.sh - sourced by the benchmarks that run a fresh gateway of the distribution (bench/lookup/run,
# bench/training/run): a work folder, the gateway started on a free port with a copy of the distribution's
# configuration, stopped (and the folder removed) on exit, and the first operator signed in.
#
#   BENCH_TAG=bench-lookup; source "$(dirname "$0")/../gateway.sh"
#   gateway_start                                        # or with settings: gateway_start "identity.cfg:key=value"
#   operator_sign_in operator data_steward               # the roles the operator gives itself (audited)
#   json -H "X-CSRF-Token: $csrf" -X POST -d '{…}' "$BASE/api/…"
#
# Knobs: BENCH_PORT (a random free one), BENCH_JAVA_OPTS (JVM options of the gateway), BENCH_KEEP (1: keep the work
# folder with the gateway log, derby.log and the data).
# Sets: REPO, DIST_JAR, WORK, PORT, BASE, COOKIES, GATEWAY_PID; after operator_sign_in: OPERATOR, PASSWORD, csrf.

BENCH_TAG=${BENCH_TAG:-bench}
GATEWAY_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
KEEP=${BENCH_KEEP:-0}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST_JAR=$REPO/runtime/target/onestop/onestop.jar
OPERATOR=operator@onestop.local
ONE_TIME=bench-one-time-$RANDOM$RANDOM
PASSWORD=bench-operator-$RANDOM$RANDOM

log() { printf '[%s] %s\n' "$BENCH_TAG" "$*" >&2; }
die() {
    printf '[%s] ERROR: %s\n' "$BENCH_TAG" "$*" >&2
    if [[ -f ${WORK:-}/gateway.log ]]; then
        printf '[%s] last lines of the gateway log (%s):\n' "$BENCH_TAG" "$WORK/gateway.log" >&2
        tail -n 40 "$WORK/gateway.log" >&2
    fi
    exit 1
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/onestop-$BENCH_TAG.XXXXXX")
COOKIES=$WORK/cookies.txt
GATEWAY_PID=""
gateway_stop() {
    if [[ -n $GATEWAY_PID ]] && kill -0 "$GATEWAY_PID" 2>/dev/null; then
        kill -TERM "$GATEWAY_PID"; wait "$GATEWAY_PID" 2>/dev/null || true
    fi
    if [[ $KEEP == 1 ]]; then log "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap gateway_stop EXIT

[[ -f $DIST_JAR ]] || { log "building the distribution"; (cd "$REPO" && mvn -B -q -DskipTests package) || die "build failed"; }
# a random port no one listens on (harnesses may run side by side: see bench/short), below the range the system takes
# the local ports of outgoing connections from (32768 and up on Linux), where a client's connection may hold it
free_port() {
    local port i low
    low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    ((low > 12000)) || low=32768
    for ((i = 0; i < 50; i++)); do
        port=$((10000 + RANDOM % (low - 10000)))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    echo "$port"
}
PORT=${BENCH_PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT

# gateway_start ["<file>.cfg:key=value" …]: starts the gateway with a copy of the distribution's configuration, a
# known one-time password for the first operator and the settings given (appended to config/<file>.cfg), and waits
# until it is ready. Its data, log and configuration are in $WORK.
gateway_start() {
    log "starting the gateway on port $PORT (data in $WORK/data)"
    cp -r "$(dirname "$DIST_JAR")/config" "$WORK/config"
    printf '\nbootstrap.operator.password=%s\n' "$ONE_TIME" >>"$WORK/config/org.onestop.platform.identity.cfg"
    local setting
    for setting in "$@"; do
        printf '\n%s\n' "${setting#*:}" >>"$WORK/config/${setting%%:*}"
    done
    # shellcheck disable=SC2086
    ONESTOP_PORT=$PORT ONESTOP_DATA=$WORK/data ONESTOP_CONFIG=$WORK/config java $GATEWAY_JAVA_OPTS -jar "$DIST_JAR" \
        >"$WORK/gateway.log" 2>&1 &
    GATEWAY_PID=$!
    local i
    for ((i = 0; i < 240; i++)); do
        grep -qs "OneStop is ready" "$WORK/gateway.log" && return 0
        kill -0 "$GATEWAY_PID" 2>/dev/null || die "gateway exited"
        sleep 0.5
    done
    die "the gateway was not ready within 120 s"
}

json() { curl -s -b "$COOKIES" -c "$COOKIES" -H 'Content-Type: application/json' "$@"; }
token() { sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p'; }

# operator_sign_in ROLE…: signs in as the first operator, chooses its password ($PASSWORD) and gives it the roles
# (its own change of roles, audited); leaves the session in $COOKIES and its CSRF token in $csrf.
operator_sign_in() {
    log "signing in as the first operator"
    csrf=$(json -X POST -d "{\"email\":\"$OPERATOR\",\"password\":\"$ONE_TIME\"}" "$BASE/api/account/login" | token)
    [[ -n $csrf ]] || die "the operator could not sign in"
    csrf=$(json -H "X-CSRF-Token: $csrf" -X POST -d "{\"current\":\"$ONE_TIME\",\"password\":\"$PASSWORD\"}" \
        "$BASE/api/account/password" | token)
    [[ -n $csrf ]] || die "the operator could not choose a password"
    local me roles
    me=$(json "$BASE/api/account/me" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
    roles=$(printf '"%s",' "$@")
    [[ $(json -o /dev/null -w '%{http_code}' -H "X-CSRF-Token: $csrf" -X PUT -d "[${roles%,}]" \
        "$BASE/api/ops/accounts/$me/roles") == 200 ]] || die "the operator could not take the roles $*"
}
