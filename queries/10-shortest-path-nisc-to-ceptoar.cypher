// Q10. What is the shortest provide route (fewest links) from NISC to a CEPTOAR, and how long does it take?
// Set target to a CEPTOAR id to ask about one; null lists every CEPTOAR.
WITH null AS target
MATCH (nisc:Government)
MATCH (c:Ceptoar)
WHERE target IS NULL OR c.id = target
MATCH p = shortestPath((nisc)-[:SHARES_WITH*..10]->(c))
WHERE all(r IN relationships(p) WHERE r.flow = 'provide')
RETURN c.id AS ceptoar, length(p) AS hops, [n IN nodes(p) | n.id] AS route,
       reduce(h = 0.0, r IN relationships(p) | h + r.delay_hours) AS hours
ORDER BY ceptoar;
