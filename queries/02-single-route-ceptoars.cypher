// Q2. Which CEPTOARs does NISC reach by one route only (any single link or organisation on it cuts them off)?
// Routes are provide paths of up to 6 links that visit no organisation twice (a loop such as CEPTOAR → 協議会 → CEPTOAR
// is not a second route); parallel links over different channels count as separate routes.
MATCH p = (nisc:Government)-[:SHARES_WITH {flow: 'provide'}]->{1,6}(c:Ceptoar)
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH c, count(p) AS routes, collect([n IN nodes(p) | n.id])[0] AS route
WHERE routes = 1
RETURN c.id AS ceptoar, c.name_ja AS name_ja, route
ORDER BY ceptoar;
