#!/usr/bin/env node
// A real node-odbc client of the driver, used by the end-to-end tests.
//
//   node node_client.js CONNSTR   -> JSON: a parameterised query, a block-fetched cursor and the catalog calls
//
// Install the module once: npm install --prefix tests/clients/node (with install scripts allowed; it
// builds against unixodbc-dev; --nodedir=/usr uses the system's Node headers without a download).
const odbc = require('odbc');

function plain(value) {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

function rows(result) {
  return Array.from(result, row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}

async function main(connectionString) {
  const connection = await odbc.connect(connectionString);
  try {
    const query = await connection.query(
      'SELECT TOP 5 invoice_number, customer_name, total, date FROM invoices WHERE total > ? ORDER BY total DESC', [100]);
    // A cursor fetches 250 rows per call through a block cursor (SQL_ATTR_ROW_ARRAY_SIZE).
    const cursor = await connection.query('SELECT TOP 1000 invoice_number FROM invoices ORDER BY invoice_number',
      { cursor: true, fetchSize: 250 });
    let fetched = 0;
    let last = null;
    while (true) {
      const batch = await cursor.fetch();
      if (batch.length === 0) break;
      fetched += batch.length;
      last = batch[batch.length - 1].invoice_number;
    }
    await cursor.close();
    const tables = await connection.tables(null, null, null, 'TABLE');
    const columns = await connection.columns(null, null, 'invoices', null);
    const keys = await connection.primaryKeys(null, null, 'invoices');
    console.log(JSON.stringify({
      query: rows(query),
      columns: query.columns.map(c => ({ name: c.name, dataType: c.dataType })),
      cursor: { fetched, last },
      tables: rows(tables).map(t => [t.TABLE_CAT, t.TABLE_SCHEM, t.TABLE_NAME]),
      invoiceColumns: rows(columns).map(c => c.COLUMN_NAME),
      primaryKey: rows(keys).map(k => k.COLUMN_NAME),
    }));
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).catch(error => {
  const detail = error.odbcErrors && error.odbcErrors[0];
  console.log(JSON.stringify({ error: { message: error.message, state: detail && detail.state, detail: detail && detail.message } }));
  process.exitCode = 3;
});
