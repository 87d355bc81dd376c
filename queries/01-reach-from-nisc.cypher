// Q1. Which organisations does NISC reach within k hops over 情報提供 (provide) links, and how early?
// k = 3 here: change the {1,3} bound (Cypher takes no parameter there). Earliest = least summed delay_hours.
MATCH p = (nisc:Government)-[:SHARES_WITH {flow: 'provide'}]->{1,3}(x:Org)
WITH x, min(length(p)) AS hops, min(reduce(h = 0.0, r IN relationships(p) | h + r.delay_hours)) AS earliest_hours
RETURN x.id AS id, x.kind AS kind, x.name_ja AS name_ja, hops, earliest_hours
ORDER BY hops, earliest_hours, id;
