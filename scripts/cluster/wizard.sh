# The claim wizard driven with curl and a cookie jar, as a browser would (page GET keeps its Faces
# ViewState, postbacks send it back, uploads go as PrimeFaces' native uploader sends them).
# Sourced by scripts/cluster/test.sh. Every call records which node answered (nginx's X-Upstream).
#   wizard_init <base url> <work dir> <nik> <kpj> <name> <dd/mm/yyyy> <mother> <branch id> <files dir>

wizard_init() {
  W_BASE=$1 W_DIR=$2 W_NIK=$3 W_KPJ=$4 W_NAME=$5 W_BIRTH=$6 W_MOTHER=$7 W_BRANCH=$8 W_FILES=$9
  W_JAR=$W_DIR/cookies.txt W_VS="" W_TOKEN="" W_STEP=0 W_LAST_NODE="" W_FAIL=""
  mkdir -p "$W_DIR"
  : > "$W_JAR"
  : > "$W_DIR/trace.txt"
}

# _w_request <label> <expected status> <expected location regex or ""> curl args...
_w_request() {
  local label=$1 want=$2 where=$3
  shift 3
  W_STEP=$((W_STEP + 1))
  local body=$W_DIR/$W_STEP.body head=$W_DIR/$W_STEP.head status location
  curl -s -o "$body" -D "$head" -c "$W_JAR" -b "$W_JAR" --max-time 60 "$@" || true
  # The last status line: curl may show an interim "100 Continue" first.
  status=$(awk '/^HTTP\// { s = $2 } END { print s }' "$head")
  location=$(sed -n 's/^Location: *//Ip' "$head" | tr -d '\r')
  W_LAST_NODE=$(sed -n 's/^X-Upstream: *//Ip' "$head" | tr -d '\r' | awk '{ print $NF }')
  printf '%-28s %s %-22s %s\n' "$label" "${status:-none}" "${W_LAST_NODE:-?}" "$location" >> "$W_DIR/trace.txt"
  if [ "$status" != "$want" ] || { [ -n "$where" ] && ! grep -Eq "$where" <<< "$location"; }; then
    W_FAIL="$label: HTTP ${status:-none}${location:+ -> $location} (wanted $want${where:+ -> $where})"
    return 1
  fi
  if grep -q 'partial-response><error' "$body" 2> /dev/null; then
    W_FAIL="$label: the Ajax answer is an error ($(grep -o '<error-name>[^<]*' "$body" | head -1))"
    return 1
  fi
  local vs
  vs=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$body" | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$vs" ] || vs=$(grep -o 'ViewState:0"><!\[CDATA\[[^]]*' "$body" | head -1 | sed 's/.*CDATA\[//')
  [ -n "$vs" ] && W_VS=$vs
  # Stateless steps check the anti-forgery token of the jht-form cookie (stateful ones ignore it).
  local token
  token=$(grep -o 'name="jht-form-token" value="[^"]*"' "$body" 2> /dev/null | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$token" ] && W_TOKEN=$token
  return 0
}

w_page() { _w_request "$1 GET" 200 "" "$W_BASE/claim/$1.xhtml"; }

w_post() {
  local page=$1 next=$2
  shift 2
  local args=(--data-urlencode "$page=$page" --data-urlencode "jakarta.faces.ViewState=$W_VS"
    --data-urlencode "jht-form-token=${W_TOKEN:-}")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  _w_request "$page POST" 302 "/claim/$next\\.xhtml" "${args[@]}" "$W_BASE/claim/$page.xhtml"
}

w_identity() {
  # The identity page is stateless: its form carries the anti-forgery token of the jht-form cookie.
  w_page identity || return 1
  local token
  token=$(grep -o 'name="jht-form-token" value="[^"]*"' "$W_DIR/$W_STEP.body" | head -1 | sed 's/.*value="//;s/"$//')
  w_post identity 'reason|contact|documents|schedule|confirm' "jht-form-token=$token" \
    "identity:nik=$W_NIK" "identity:kpj=$W_KPJ" "identity:fullName=$W_NAME" \
    "identity:birthDate=$W_BIRTH" "identity:verify=x"
}
w_reason() { w_page reason && w_post reason contact "reason:reason=RETIREMENT_AGE" "reason:next=x"; }
w_contact_get() { w_page contact; }
w_contact_post() {
  w_post contact documents "contact:email=budi@example.com" "contact:phone=081234567890" \
    "contact:motherMaidenName=$W_MOTHER" "contact:bank=BCA" "contact:accountNumber=1234567890" \
    "contact:accountHolder=$W_NAME" "contact:npwp=" "contact:next=x"
}
w_upload() {
  local slot=$1 file=$2 type=$3 c="documents:slots:$1:upload"
  _w_request "upload slot $slot" 200 "" -H 'Faces-Request: partial/ajax' -H 'Expect:' \
    -F "documents=documents" -F "jakarta.faces.ViewState=$W_VS" -F "jht-form-token=${W_TOKEN:-}" -F "jakarta.faces.partial.ajax=true" \
    -F "jakarta.faces.partial.execute=$c" -F "jakarta.faces.source=$c" -F "${c}_totalFilesCount=1" \
    -F "jakarta.faces.partial.render=documents" -F "$c=@$W_FILES/$file;type=$type" \
    "$W_BASE/claim/documents.xhtml" || return 1
  # Stored: the slot is marked as holding a file (its answer may be a warning, e.g. the same file
  # as in another slot), as claims.py checks.
  grep -o '<section class="doc-slot[^"]*"' "$W_DIR/$W_STEP.body" | sed -n "$((slot + 1))p" | grep -q uploaded \
    || { W_FAIL="upload slot $slot: not stored"; return 1; }
}
w_documents() {
  w_page documents && w_upload 0 photo-1mb.jpg image/jpeg && w_upload 1 photo-1mb.jpg image/jpeg \
    && w_upload 2 scan-5mb.pdf application/pdf && w_upload 3 photo-1mb.jpg image/jpeg \
    && w_post documents schedule "documents:next=x"
}
w_schedule() {
  w_page schedule || return 1
  _w_request "schedule ajax branch" 200 "" -H 'Faces-Request: partial/ajax' \
    --data-urlencode "schedule=schedule" --data-urlencode "schedule:branch=$W_BRANCH" \
    --data-urlencode "jakarta.faces.ViewState=$W_VS" --data-urlencode "jakarta.faces.partial.ajax=true" \
    --data-urlencode "jht-form-token=${W_TOKEN:-}" --data-urlencode "jakarta.faces.source=schedule:branch" \
    --data-urlencode "jakarta.faces.partial.execute=schedule:branch" \
    --data-urlencode "jakarta.faces.partial.render=schedule:slots" \
    --data-urlencode "jakarta.faces.behavior.event=valueChange" \
    --data-urlencode "jakarta.faces.partial.event=change" "$W_BASE/claim/schedule.xhtml" || return 1
  local day
  day=$(grep -o '<option value="[0-9-]*" selected' "$W_DIR/$W_STEP.body" | head -1 | grep -o '[0-9]\{4\}-[0-9-]*')
  [ -n "$day" ] || { W_FAIL="schedule: no bookable day offered"; return 1; }
  w_post schedule confirm "schedule:branch=$W_BRANCH" "schedule:date=$day" "schedule:session=A" "schedule:next=x"
}
w_confirm() { w_page confirm && w_post confirm booked "confirm:declaration=on" "confirm:next=x"; }
w_booked() {
  _w_request "booked GET" 200 "" "$W_BASE/claim/booked.xhtml" || return 1
  W_TICKET=$(grep -o 'id="ticket-number">[^<]*' "$W_DIR/$W_STEP.body" | sed 's/.*>//')
  [ -n "$W_TICKET" ] || { W_FAIL="booked: no queue number on the page"; return 1; }
}
