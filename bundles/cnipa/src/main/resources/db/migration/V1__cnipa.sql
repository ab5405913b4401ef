-- The patent office's business (国家知识产权局业务) that the centre handles at its window or guides. CODE names a
-- business everywhere in the module (the catalogue's entries, the fee calculator's links, the window visits);
-- CHANNEL is where it is done: online (CNIPA's own online system), window (this centre's window) or post.
-- HALL_SERVICE is the hall queue's service for a visit to the window (ticketing's service code), null when none.
CREATE TABLE BUSINESS (
    CODE VARCHAR(40) NOT NULL,
    NAME_ZH VARCHAR(100) NOT NULL,
    NAME_EN VARCHAR(100) NOT NULL,
    CHANNEL VARCHAR(12) NOT NULL,
    HALL_SERVICE VARCHAR(40),
    POSITION INT NOT NULL,
    ACTIVE SMALLINT DEFAULT 1 NOT NULL,
    CONSTRAINT BUSINESS_PK PRIMARY KEY (CODE)
);

INSERT INTO BUSINESS (CODE, NAME_ZH, NAME_EN, CHANNEL, HALL_SERVICE, POSITION) VALUES
    ('patent-application', '专利申请受理', 'Receipt of a patent application', 'window', 'cnipa', 1),
    ('fee-payment', '专利费用缴纳', 'Payment of patent fees', 'online', 'cnipa', 2),
    ('fee-reduction', '专利费用减缴备案', 'Fee-reduction filing', 'online', NULL, 3),
    ('licence-recording', '专利实施许可合同备案', 'Recording of a patent licence contract', 'window', 'cnipa', 4),
    ('patent-pledge', '专利权质押登记', 'Registration of a patent pledge', 'window', 'pledge', 5),
    ('register-extract', '专利登记簿副本', 'Certified extract of the patent register', 'window', 'cnipa', 6),
    ('bibliographic-change', '著录项目变更', 'Change of bibliographic data', 'online', 'cnipa', 7),
    ('trademark-registration', '商标注册申请', 'Trademark registration', 'window', 'trademark', 8),
    ('trademark-pledge', '商标专用权质押登记', 'Registration of a trademark pledge', 'window', 'pledge', 9),
    ('geographical-indication', '地理标志相关事项', 'Geographical-indication matters', 'window', 'trademark', 10);
