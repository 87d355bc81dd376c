// Q4. Which CEPTOARs take part in each exercise (セプター訓練, 全分野一斉演習, 分野横断的演習 …)?
MATCH (x:Exercise)<-[:PARTICIPATES_IN]-(c:Ceptoar)
WITH x, c
ORDER BY c.id
RETURN x.id AS exercise, x.name_ja AS name_ja, count(c) AS ceptoars, collect(c.id) AS participants
ORDER BY exercise;
