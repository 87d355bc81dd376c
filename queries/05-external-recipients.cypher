// Q5. To how many recipients outside its membership (構成員以外の情報展開先) does each CEPTOAR pass information?
MATCH (c:Ceptoar)
OPTIONAL MATCH (c)-[:SHARES_WITH {flow: 'provide'}]->(e:External)
WITH c, e
ORDER BY e.id
RETURN c.id AS ceptoar, c.name_ja AS name_ja, count(e) AS external_recipients, collect(e.name_ja) AS recipients
ORDER BY external_recipients DESC, ceptoar;
