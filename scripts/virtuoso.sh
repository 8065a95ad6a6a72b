#!/usr/bin/env bash
# A private, throw-away Virtuoso for diplograph's tests and benchmarks.
#
#   scripts/virtuoso.sh start   install Debian's virtuoso-opensource if missing (root + apt
#                               only), start it on 127.0.0.1 with a temporary database and a
#                               generated password, wait until it answers, write the env file
#   scripts/virtuoso.sh env     print the env file (eval "$(scripts/virtuoso.sh env)")
#   scripts/virtuoso.sh stop    stop it and delete its database directory
#
# State lives in $DIPLOGRAPH_VIRTUOSO_DIR (default /tmp/diplograph-virtuoso-$UID); the env file
# is $DIPLOGRAPH_VIRTUOSO_DIR/env, which tests/graph/conftest.py reads. It holds the password
# (mode 600); nothing here prints it.
#
# Exit codes of start: 0 running, 3 cannot install (no root or no apt), 1 any other failure.
set -euo pipefail

DIR="${DIPLOGRAPH_VIRTUOSO_DIR:-/tmp/diplograph-virtuoso-$(id -u)}"
ENV_FILE="$DIR/env"
PID_FILE="$DIR/virtuoso.pid"
BUFFERS="${DIPLOGRAPH_VIRTUOSO_BUFFERS:-170000}"   # 8 KB pages: ~1.3 GB cache
SYSTEM_INI=/etc/virtuoso-opensource-7/virtuoso.ini
USER_NAME=diplograph

say() { echo "virtuoso.sh: $*" >&2; }

install_if_missing() {
  if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "virtuoso-opensource is not installed and cannot be installed here (needs root and" \
        "apt-get); remote store tests will skip"
    exit 3
  fi
  say "installing virtuoso-opensource (Debian) ..."
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq >/dev/null && apt-get install -y -qq virtuoso-opensource >/dev/null; }
  then
    say "apt-get could not install virtuoso-opensource; remote store tests will skip"
    exit 3
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

is_running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

write_ini() {  # write_ini SQLPORT HTTPPORT
  awk -v dir="$DIR/db" -v sql="127.0.0.1:$1" -v http="127.0.0.1:$2" -v bufs="$BUFFERS" '
    /^\[/ { section = $0 }
    section == "[Database]" && /^DatabaseFile/      { print "DatabaseFile = " dir "/virtuoso.db"; next }
    section == "[Database]" && /^ErrorLogFile/      { print "ErrorLogFile = " dir "/virtuoso.log"; next }
    section == "[Database]" && /^LockFile/          { print "LockFile = " dir "/virtuoso.lck"; next }
    section == "[Database]" && /^TransactionFile/   { print "TransactionFile = " dir "/virtuoso.trx"; next }
    section == "[Database]" && /^xa_persistent_file/ { print "xa_persistent_file = " dir "/virtuoso.pxa"; next }
    section == "[TempDatabase]" && /^DatabaseFile/    { print "DatabaseFile = " dir "/virtuoso-temp.db"; next }
    section == "[TempDatabase]" && /^TransactionFile/ { print "TransactionFile = " dir "/virtuoso-temp.trx"; next }
    section == "[Parameters]" && /^ServerPort/      { print "ServerPort = " sql; next }
    section == "[Parameters]" && /^DirsAllowed/     { print "DirsAllowed = ., " dir "/load, /usr/share/virtuoso-opensource-7/vad"; next }
    section == "[Parameters]" && /^NumberOfBuffers/ { print "NumberOfBuffers = " bufs; next }
    section == "[Parameters]" && /^MaxDirtyBuffers/ { print "MaxDirtyBuffers = " int(bufs * 3 / 4); next }
    section == "[Parameters]" && /^MaxClientConnections/ { print "MaxClientConnections = 20"; next }
    section == "[HTTPServer]" && /^ServerPort/      { print "ServerPort = " http; next }
    section == "[HTTPServer]" && /^MaxClientConnections/ { print "MaxClientConnections = 20"; next }
    section == "[HTTPServer]" && /^ServerThreads/   { print "ServerThreads = 20"; next }
    section == "[URIQA]" && /^DefaultHost/          { print "DefaultHost = " http; next }
    section == "[SPARQL]" && /^ResultSetMaxRows/    { print "ResultSetMaxRows = 1000000"; next }
    section == "[SPARQL]" && /^MaxQueryExecutionTime/ { print "MaxQueryExecutionTime = 600"; next }
    { print }
  ' "$SYSTEM_INI" > "$DIR/virtuoso.ini"
  # MaxSortedTopRows bounds ORDER BY ... LIMIT/OFFSET paging (default 10000).
  sed -i 's/^\[Parameters\]$/[Parameters]\nMaxSortedTopRows = 1000000/' "$DIR/virtuoso.ini"
}

isql() {  # isql STEP PASSWORD SQL  (output hidden: it would echo the password)
  local out
  if ! out=$(isql-vt "127.0.0.1:$SQL_PORT" dba "$2" "exec=$3" 2>&1) || [[ "$out" == *Error* ]]; then
    say "setup step '$1' failed (details hidden: they hold credentials); stopping"
    stop
    exit 1
  fi
}

start() {
  install_if_missing
  if is_running; then
    say "already running (state in $DIR)"
    return 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR/db" "$DIR/load"
  chmod 700 "$DIR"
  SQL_PORT=$(free_port)
  HTTP_PORT=$(free_port)
  while [ "$HTTP_PORT" = "$SQL_PORT" ]; do HTTP_PORT=$(free_port); done
  write_ini "$SQL_PORT" "$HTTP_PORT"
  (cd "$DIR/db" && exec virtuoso-t +configfile "$DIR/virtuoso.ini" +foreground \
      >"$DIR/stdout.log" 2>&1) &
  echo $! > "$PID_FILE"
  local i
  for i in $(seq 1 120); do
    if isql-vt "127.0.0.1:$SQL_PORT" dba dba "exec=status();" >/dev/null 2>&1; then break; fi
    if ! is_running; then say "virtuoso-t exited; see $DIR/db/virtuoso.log"; exit 1; fi
    sleep 0.5
  done
  local dba_pw user_pw
  dba_pw=p$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  user_pw=p$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  # The Debian preseed is not applied in containers: dba/dba until we change it.
  isql "set dba password" dba "SET PASSWORD dba $dba_pw;"
  isql "create user" "$dba_pw" "DB.DBA.USER_CREATE('$USER_NAME', '$user_pw');"
  isql "grant SPARQL_UPDATE" "$dba_pw" "GRANT SPARQL_UPDATE TO \"$USER_NAME\";"
  isql "graph permissions" "$dba_pw" "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('$USER_NAME', 7);"
  isql "checkpoint" "$dba_pw" "checkpoint;"
  for i in $(seq 1 60); do
    if curl -fsS -o /dev/null --data-urlencode 'query=ASK {}' \
        "http://127.0.0.1:$HTTP_PORT/sparql" 2>/dev/null; then break; fi
    sleep 0.5
  done
  umask 077
  cat > "$ENV_FILE" <<EOF
DIPLOGRAPH_TEST_VIRTUOSO=http://127.0.0.1:$HTTP_PORT/sparql
DIPLOGRAPH_TEST_VIRTUOSO_UPDATE=http://127.0.0.1:$HTTP_PORT/sparql-auth
DIPLOGRAPH_TEST_VIRTUOSO_USER=$USER_NAME
DIPLOGRAPH_TEST_VIRTUOSO_PASSWORD=$user_pw
DIPLOGRAPH_TEST_VIRTUOSO_SQL=127.0.0.1:$SQL_PORT
DIPLOGRAPH_TEST_VIRTUOSO_DBA_PASSWORD=$dba_pw
DIPLOGRAPH_TEST_VIRTUOSO_LOAD_DIR=$DIR/load
EOF
  say "running on http://127.0.0.1:$HTTP_PORT/sparql (env file $ENV_FILE)"
}

stop() {
  if is_running; then
    local pid
    pid=$(cat "$PID_FILE")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    say "stopped"
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    [ -f "$ENV_FILE" ] || { say "not running (no $ENV_FILE)"; exit 1; }
    sed 's/^/export /' "$ENV_FILE" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
