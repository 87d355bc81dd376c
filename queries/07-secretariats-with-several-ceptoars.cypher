// Q7. Which secretariats (事務局) run more than one CEPTOAR (one body whose outage silences several)?
MATCH (s:Secretariat)-[:OPERATES]->(c:Ceptoar)
WITH s, c
ORDER BY c.id
WITH s, collect(c.id) AS ceptoars
WHERE size(ceptoars) > 1
RETURN s.id AS secretariat, s.name_ja AS name_ja, size(ceptoars) AS count, ceptoars
ORDER BY count DESC, secretariat;
