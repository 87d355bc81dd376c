// Q9. Who is a member of each ISAC?
MATCH (m:Org)-[:MEMBER_OF]->(i:Isac)
WITH i, m
ORDER BY m.id
RETURN i.id AS isac, i.name_ja AS name_ja, count(m) AS members, collect(m.id) AS member_ids
ORDER BY isac;
