#!/usr/bin/env bash
# Starts Dealer CSI as a cluster on this one Linux machine, as local processes: three MariaDB Galera nodes, an
# SMTP catcher, two app nodes (the production jar, prod profile) and HAProxy in front of both tiers; and stops it.
#
#   deploy/cluster/cluster.sh start|stop|status|trial
#
# Needs Debian's mariadb-server, galera-4, haproxy and rsync, Java 21+ and Python 3, and the jar built with
# ./mvnw -Pproduction package. Everything lives in $CSI_CLUSTER_DIR (default /tmp/dealer-csi-cluster); delete the
# folder, stopped, to start from nothing. `start` again brings back whatever has died (a node killed by a test).
# Details: deploy/cluster/README.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${CSI_CLUSTER_DIR:-/tmp/dealer-csi-cluster}
JAR=${CSI_CLUSTER_JAR:-$(ls -t "$ROOT"/target/production/dealer-csi-*.jar 2>/dev/null | head -1 || true)}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
APP_HEAP=${CSI_CLUSTER_APP_HEAP:-512m}
SMTP_PORT=12525
HTTP=http://127.0.0.1:18080
DB_PORT=13300   # HAProxy's database port: the apps connect here, never to one node
ME=$(id -un)
# started by root, mariadbd runs as mysql, as Debian's service does: the rsync state transfer's daemon would
# otherwise drop from root to nobody and could not write the joiner's data folder
DB_USER=$ME
[[ $(id -u) == 0 ]] && DB_USER=mysql

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "$*" >&2; exit 1; }

pidfile() { echo "$DIR/pids/$1.pid"; }
running() { [[ -f $(pidfile "$1") ]] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }

# start NAME COMMAND...: in the background, in a session of its own, output to logs/NAME.log
launch() {
    local name=$1
    shift
    running "$name" && { log "$name is running already"; return; }
    setsid "$@" >>"$DIR/logs/$name.log" 2>&1 </dev/null &
    echo $! >"$(pidfile "$name")"
}

# wait_for SECONDS WHAT COMMAND...: until COMMAND succeeds; gives up at once when the process WATCHED dies
wait_for() {
    local seconds=$1 what=$2
    shift 2
    for ((i = 0; i < seconds; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        if [[ -n ${WATCHED:-} ]] && ! running "$WATCHED"; then
            die "$what: $WATCHED has stopped (see $DIR/logs/$WATCHED.log)"
        fi
        sleep 1
    done
    die "$what: not there after ${seconds}s (see $DIR/logs)"
}

# stop_process NAME SECONDS: SIGTERM, then SIGKILL after SECONDS
stop_process() {
    local name=$1 seconds=$2 pid
    [[ -f $(pidfile "$name") ]] || return 0
    pid=$(cat "$(pidfile "$name")")
    if kill -0 "$pid" 2>/dev/null; then
        log "stopping $name (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < seconds * 2; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "$name did not stop in ${seconds}s, killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$(pidfile "$name")"
}

secret() {
    local file="$DIR/secrets/$1"
    [[ -f $file ]] || (umask 077 && python3 -c 'import secrets; print(secrets.token_hex(24))' >"$file")
    cat "$file"
}

sql() { # sql NODE STATEMENT: as the local administrator, through the node's socket
    mariadb --no-defaults --socket="$DIR/db$1/mariadbd.sock" -u "$ME" -N -B -e "$2"
}
wsrep() { sql "$1" "select variable_value from information_schema.global_status where variable_name = '$2'"; }
synced() { [[ $(wsrep "$1" wsrep_local_state_comment) == Synced ]]; }
cluster_of_three() { [[ $(wsrep 1 wsrep_cluster_size) == 3 ]] && synced 1 && synced 2 && synced 3; }

start_db() {
    local n=$1 first=${2:-}
    running "db$n" && return
    mkdir -p "$DIR/db$n/data" "$DIR/db$n/tmp"
    touch "$DIR/logs/db$n.log"
    chown "$DB_USER" "$DIR/db$n" "$DIR/db$n/data" "$DIR/db$n/tmp" "$DIR/logs/db$n.log"
    { sed "s|@DIR@|$DIR|g" "$HERE/galera-common.cnf"; echo; sed "s|@DIR@|$DIR|g" "$HERE/node$n.cnf"; } >"$DIR/db$n/my.cnf"
    if [[ -n $first && ! -d $DIR/db$n/data/mysql ]]; then
        log "db$n: new data folder"
        mariadb-install-db --no-defaults --datadir="$DIR/db$n/data" --user="$DB_USER" --skip-test-db \
            --auth-root-authentication-method=socket >>"$DIR/logs/db$n.log" 2>&1
    fi
    if [[ -n $first && -f $DIR/db$n/data/grastate.dat ]] && grep -q '^safe_to_bootstrap: 0' "$DIR/db$n/data/grastate.dat"; then
        die "db$n was not the last node to stop (safe_to_bootstrap: 0). Find the node with the highest seqno in \
db*/data/grastate.dat, set safe_to_bootstrap: 1 there, and start the cluster from it (see README)"
    fi
    log "db$n: starting${first:+, a new cluster}"
    launch "db$n" mariadbd --defaults-file="$DIR/db$n/my.cnf" --user="$DB_USER" ${first:+--wsrep-new-cluster}
    # a joiner copies the whole database from a donor (rsync) before it is Synced
    WATCHED=db$n wait_for 180 "db$n in sync" synced "$n"
}

prepare_database() {
    local password
    password=$(secret db-password)
    sql 1 "create database if not exists csi character set utf8mb4 collate utf8mb4_unicode_ci;
           create user if not exists 'csi'@'127.0.0.1' identified by '$password';
           grant all on csi.* to 'csi'@'127.0.0.1';
           create user if not exists 'csi_check'@'127.0.0.1';"
}

start_app() {
    local n=$1
    running "app$n" && return
    log "app$n: starting ($JAR)"
    launch "app$n" env \
        PORT=$((18080 + n)) MANAGEMENT_PORT=$((18090 + n)) \
        CSI_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/csi" CSI_DB_USER=csi CSI_DB_PASSWORD="$(secret db-password)" \
        CSI_SMTP_HOST=127.0.0.1 CSI_SMTP_PORT=$SMTP_PORT CSI_SMTP_AUTH=false CSI_SMTP_STARTTLS=false \
        CSI_MAIL_FROM=csi@cluster.local CSI_PUBLIC_BASE_URL="$HTTP" \
        CSI_PRIVACY_HASH_KEY="$(secret privacy-hash-key)" \
        CSI_ADMIN_FIRST_EMAIL=admin@cluster.local CSI_ADMIN_FIRST_PASSWORD="$(secret admin-password)" \
        CSI_DATADIR="$DIR/app$n" \
        CSI_INVITATION_DELAY="${CSI_INVITATION_DELAY:-PT0S}" \
        CSI_INVITATION_QUIETSTART="${CSI_INVITATION_QUIETSTART:-00:00}" \
        CSI_INVITATION_QUIETEND="${CSI_INVITATION_QUIETEND:-00:00}" \
        CSI_INVITATION_POLLINTERVAL="${CSI_INVITATION_POLLINTERVAL:-PT5S}" \
        "$JAVA" -Xmx"$APP_HEAP" -jar "$JAR" --spring.profiles.active=prod
    WATCHED=app$n wait_for 300 "app$n ready" curl -fsS "http://127.0.0.1:$((18090 + n))/actuator/health/readiness"
}

start() {
    [[ -n $JAR && -f $JAR ]] || die "no production jar; build it with ./mvnw -Pproduction package, or set CSI_CLUSTER_JAR"
    for tool in mariadbd mariadb-install-db haproxy rsync curl python3; do
        command -v "$tool" >/dev/null || die "$tool is missing (apt-get install mariadb-server galera-4 haproxy rsync curl)"
    done
    [[ -f /usr/lib/galera/libgalera_smm.so ]] || die "Galera is missing (apt-get install galera-4)"
    mkdir -p "$DIR"/{pids,logs,secrets,mail}
    # a node that comes back joins the nodes still running; only with none running does db1 start a new cluster
    if running db2 || running db3; then
        start_db 1
    else
        start_db 1 first
    fi
    prepare_database
    start_db 2
    start_db 3
    log "database: $(wsrep 1 wsrep_cluster_size) nodes in the cluster"
    running smtp || launch smtp python3 "$HERE/smtp-catcher.py" "$SMTP_PORT" "$DIR/mail"
    sed -e "s|@DIR@|$DIR|g" -e "s|@HERE@|$HERE|g" "$HERE/haproxy.cfg" >"$DIR/haproxy.cfg"
    haproxy -c -q -f "$DIR/haproxy.cfg"
    running haproxy || launch haproxy haproxy -db -f "$DIR/haproxy.cfg"
    wait_for 30 "HAProxy's database port" bash -c "echo >/dev/tcp/127.0.0.1/$DB_PORT"
    # one after the other: the first applies the Flyway migrations, the second finds them done
    start_app 1
    start_app 2
    wait_for 30 "the app through HAProxy" curl -fsS -o /dev/null "$HTTP/login"
    log "Dealer CSI on $HTTP (admin@cluster.local, password in $DIR/secrets/admin-password); mail in $DIR/mail"
}

stop() {
    [[ -d $DIR/pids ]] || { log "nothing started in $DIR"; return; }
    stop_process app2 40
    stop_process app1 40
    stop_process haproxy 10
    stop_process smtp 5
    # the node that stops last may start the cluster again (safe_to_bootstrap: 1): db1, as start expects
    stop_process db3 90
    stop_process db2 90
    stop_process db1 90
}

status() {
    for name in db1 db2 db3 smtp haproxy app1 app2; do
        if running "$name"; then
            printf '%-8s running (pid %s)' "$name" "$(cat "$(pidfile "$name")")"
            case $name in
                db?) printf ', %s, cluster of %s' "$(wsrep "${name#db}" wsrep_local_state_comment 2>/dev/null || echo '?')" \
                    "$(wsrep "${name#db}" wsrep_cluster_size 2>/dev/null || echo '?')" ;;
                app?) printf ', readiness %s' "$(curl -s -o /dev/null -w '%{http_code}' \
                    "http://127.0.0.1:$((18090 + ${name#app}))/actuator/health/readiness" || true)" ;;
            esac
            echo
        else
            printf '%-8s stopped\n' "$name"
        fi
    done
    if running haproxy && command -v socat >/dev/null; then
        echo "show stat" | socat stdio "unix-connect:$DIR/haproxy.sock" | awk -F, '$2 != "FRONTEND" && $2 != "BACKEND" && NR > 1 {print "haproxy  " $1 "/" $2 ": " $18}'
    fi
    echo "mails caught: $(find "$DIR/mail" -name '*.eml' 2>/dev/null | wc -l)"
}

# A store with an API key, one visit posted through HAProxy, and its invitation looked for among the caught mails.
trial() {
    local key=trial-store-key-0001 ro="TRIAL-$(date +%s)" before
    sql 1 "insert ignore into csi.store (id, code, name, time_zone, api_key_hash, created_at)
           values (uuid(), 'TRIAL', 'Trial store', 'UTC', sha2('$key', 256), utc_timestamp(6))"
    before=$(find "$DIR/mail" -name '*.eml' | wc -l)
    log "posting visit $ro through HAProxy"
    curl -fsS -H "X-Api-Key: $key" -H 'Content-Type: application/json' "$HTTP/api/v1/visits" -d @- <<JSON
{"roNumber": "$ro", "ownerName": "Trial Owner", "email": "owner-$ro@example.com", "phone": "13800000000",
 "model": "Model T", "plate": "T-0001", "serviceType": "MAINTENANCE", "advisor": "Trial Advisor",
 "deliveredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "language": "en"}
JSON
    echo
    wait_for 120 "the invitation mail" bash -c "[[ \$(find '$DIR/mail' -name '*.eml' | wc -l) -gt $before ]]"
    log "invitation caught: $(grep -il "owner-$ro@example.com" "$DIR"/mail/*.eml | head -1)"
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    trial) trial ;;
    *) echo "usage: $0 start|stop|status|trial" >&2; exit 2 ;;
esac
