"use strict";
// The setup page: renders the server's state (form, organization, done) and posts the user's choices.
// Every call carries the X-ZohoOdbc-Setup header, which the server requires (with its cookie) to refuse cross-site requests.
(() => {
  const $ = (id) => document.getElementById(id);
  const steps = ["form", "organization", "done"];
  const fields = {
    dataSourceName: "dsn-name", description: "description", product: "product", scope: "scope",
    region: "region", clientId: "client-id", clientSecret: "client-secret",
    cacheMode: "cache-mode", cacheTtl: "cache-ttl", accountsUrl: "accounts-url", apiUrl: "api-url",
  };

  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { "X-ZohoOdbc-Setup": "1", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let json = null;
    if (response.status !== 204) {
      try { json = await response.json(); } catch (_) { json = null; }
    }
    return { ok: response.ok, status: response.status, json };
  }

  function text(id, value) { $(id).textContent = value ?? ""; }

  function element(tag, content, className) {
    const node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (className) node.className = className;
    return node;
  }

  function busy(message) {
    $("busy").hidden = !message;
    text("busy-text", message);
    document.querySelectorAll("button").forEach((b) => { b.disabled = !!message; });
  }

  function showProblem(problem) {
    $("problem").hidden = !problem;
    if (!problem) return;
    text("problem-title", problem.title);
    text("problem-detail", problem.detail);
    text("problem-action", problem.action);
  }

  function fillSelect(select, values, current) {
    select.replaceChildren(...values.map((v) => { const o = element("option", v); o.value = v; return o; }));
    if (current) select.value = current;
  }

  function renderForm(state) {
    fillSelect($("region"), state.regions, state.form.region);
    fillSelect($("cache-mode"), state.cacheModes, state.form.cacheMode);
    for (const [key, id] of Object.entries(fields)) {
      if (key === "clientSecret" || key === "region" || key === "cacheMode") continue;
      const value = state.form[key];
      if (value !== undefined && value !== null) $(id).value = value;
    }
    $("scope").querySelector("option[value=system]").disabled = !state.canWriteSystem && $("scope").value !== "system";
    text("redirect-uri", state.redirectUri);
  }

  function renderOrganizations(state) {
    text("account-region", state.account.region);
    text("account-server", state.account.accountsServer);
    const list = $("organizations");
    list.replaceChildren(...state.account.organizations.map((org, index) => {
      const label = element("label");
      const radio = element("input");
      radio.type = "radio";
      radio.name = "organization";
      radio.value = org.id;
      radio.id = "org-" + org.id;
      radio.checked = state.account.organizations.length === 1 && index === 0;
      const name = element("span", org.name);
      const detail = element("small", `${org.id} · ${org.currency}`);
      label.append(radio, name, detail);
      return label;
    }));
  }

  function usage(dsn) {
    return [
      `isql: isql ${dsn}, then SELECT TOP 10 invoice_number, total FROM invoices`,
      `Python: pyodbc.connect("DSN=${dsn}")`,
      `.NET: new OdbcConnection("DSN=${dsn}")`,
      `Excel: Data › Get Data › From Other Sources › From ODBC › ${dsn}`,
      `Power BI: Get data › ODBC › ${dsn}`,
      `Tableau: Connect › Other Databases (ODBC) › DSN ${dsn}`,
    ];
  }

  function renderDone(state) {
    const result = state.result;
    const title = $("result-title");
    title.textContent = result.succeeded
      ? `Data source “${result.dataSourceName}” is ready`
      : `Data source “${result.dataSourceName}” was saved, but the test query failed`;
    title.className = result.succeeded ? "" : "failed";
    const organization = result.organization ? ` for ${result.organization.name} (${result.organization.id})` : "";
    text("result-summary", `Saved as a ${result.scope} in ${result.location}${organization}; the grant is in the encrypted token store in ${result.tokenStore}.`);

    $("keys").replaceChildren(...result.keys.map((kv) => {
      const row = element("tr");
      row.append(element("td", kv.key), element("td", kv.value));
      return row;
    }));

    $("result-details").hidden = !result.succeeded;
    if (result.succeeded) {
      $("tables").tBodies[0].replaceChildren(...result.tables.map((t) => {
        const row = element("tr");
        row.append(element("td", t.name), element("td", String(t.columns)), element("td", t.description));
        return row;
      }));
      const sample = result.sample;
      text("sample-sql", `${sample.sql}    -- ${result.elapsedMilliseconds} ms`);
      const head = element("tr");
      head.append(...sample.columns.map((c) => element("th", c)));
      $("sample").tHead.replaceChildren(head);
      $("sample").tBodies[0].replaceChildren(...sample.rows.map((r) => {
        const row = element("tr");
        row.append(...r.map((v) => element("td", v)));
        return row;
      }));
      $("usage").replaceChildren(...usage(result.dataSourceName).map((u) => element("li", u)));
    }
    text("finished", result.succeeded ? "Setup is complete: zoho-odbc has finished and you can close this tab." : "");
    $("close").hidden = result.succeeded;
    $("restart-done").hidden = result.succeeded;
  }

  function render(state) {
    const at = steps.indexOf(state.step);
    steps.forEach((name, i) => { $("step-" + name).className = i === at ? "current" : i < at ? "past" : ""; });
    $("form-view").hidden = state.step !== "form";
    $("organization-view").hidden = state.step !== "organization";
    $("done-view").hidden = state.step !== "done";
    showProblem(state.problem);
    if (state.step === "form") renderForm(state);
    else if (state.step === "organization") renderOrganizations(state);
    else renderDone(state);
    document.body.dataset.step = state.step;
  }

  function gone(message) {
    busy(null);
    document.querySelector("main").replaceChildren(element("section", message));
  }

  async function load() {
    const answer = await call("GET", "/api/state");
    if (answer.ok && answer.json) render(answer.json);
    else gone("This setup page has ended. Run zoho-odbc setup again to start a new one.");
  }

  $("form-view").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = {};
    for (const [key, id] of Object.entries(fields)) form[key] = $(id).value;
    busy("Opening Zoho's sign-in page…");
    try {
      const answer = await call("POST", "/api/authorize", form);
      if (answer.ok && answer.json && answer.json.authorizationUrl) {
        window.location.assign(answer.json.authorizationUrl);
        return;
      }
      busy(null);
      if (answer.json) render(answer.json);
      $("client-secret").value = form.clientSecret;
    } catch (_) {
      gone("zoho-odbc is no longer running. Run zoho-odbc setup again.");
    }
  });

  $("save").addEventListener("click", async () => {
    const chosen = document.querySelector("input[name=organization]:checked");
    if (!chosen) {
      showProblem({ title: "Pick an organization", detail: "The data source reads one organization.", action: "Choose one from the list, then press Save." });
      return;
    }
    busy("Saving the data source and running a test query…");
    try {
      const answer = await call("POST", "/api/finish", { organizationId: chosen.value });
      busy(null);
      if (answer.json) render(answer.json);
    } catch (_) {
      gone("zoho-odbc is no longer running. Run zoho-odbc setup again.");
    }
  });

  const restart = async () => {
    const answer = await call("POST", "/api/restart");
    if (answer.json) render(answer.json);
  };
  $("restart").addEventListener("click", restart);
  $("restart-done").addEventListener("click", restart);

  $("close").addEventListener("click", async () => {
    await call("POST", "/api/close");
    gone("zoho-odbc setup has stopped. You can close this tab.");
  });

  load();
})();
