// Q8. Which facts rest (at least partly) on an assumption rather than on a quote from the source document?
CALL () {
  MATCH (n:Org)
  WHERE n.assumption IS NOT NULL
  RETURN 'node' AS what, n.id AS fact, n.kind AS kind, n.provenance_basis AS basis, n.assumption AS assumption
  UNION ALL
  MATCH (a:Org)-[r]->(b:Org)
  WHERE r.assumption IS NOT NULL
  RETURN 'relationship' AS what, a.id + ' -[' + type(r) + ']-> ' + b.id AS fact, type(r) AS kind,
         r.provenance_basis AS basis, r.assumption AS assumption
}
RETURN what, fact, kind, basis, assumption
ORDER BY what, fact;
