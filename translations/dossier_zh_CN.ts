<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dossier::Archiver</name>
    <message>
        <source>The package has no manifest (%1).</source>
        <translation>归档包缺少清单（%1）。</translation>
    </message>
    <message>
        <source>The manifest line &quot;%1&quot; is malformed.</source>
        <translation>清单行“%1”格式错误。</translation>
    </message>
    <message>
        <source>The manifest lists no files.</source>
        <translation>清单中没有列出任何文件。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>清单中列出的 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (the file has changed or is damaged).</source>
        <translation>%1 与清单中的 SHA-256 不符（文件已被改动或已损坏）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is in the package but not in its manifest.</source>
        <translation>%1 在归档包中，但未列入清单。</translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation>归档包缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON document.</source>
        <translation>%1 不是有效的 JSON 文档。</translation>
    </message>
    <message>
        <source>The package holds neither a PDF/A nor an OFD file.</source>
        <translation>归档包中既没有 PDF/A 文件，也没有 OFD 文件。</translation>
    </message>
</context>
<context>
    <name>Dossier::AuditHistory</name>
    <message>
        <source>Set document title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Set document type</source>
        <translation>修改文书类型</translation>
    </message>
    <message>
        <source>Move pages</source>
        <translation>移动页面</translation>
    </message>
    <message>
        <source>Split document</source>
        <translation>拆分文书</translation>
    </message>
    <message>
        <source>Merge documents</source>
        <translation>合并文书</translation>
    </message>
    <message>
        <source>Move document</source>
        <translation>移动文书</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>删除页面</translation>
    </message>
    <message>
        <source>Insert page</source>
        <translation>插入页面</translation>
    </message>
    <message>
        <source>Move to another volume</source>
        <translation>移至另一卷</translation>
    </message>
    <message>
        <source>Template migration</source>
        <translation>模板迁移</translation>
    </message>
    <message>
        <source>Assign pages</source>
        <translation>分配页面到案件</translation>
    </message>
    <message>
        <source>Submit for quality check</source>
        <translation>提交质检</translation>
    </message>
    <message>
        <source>Scan refused: classified case</source>
        <translation>拒绝扫描：涉密案件</translation>
    </message>
    <message>
        <source>Settle sync conflict</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>to document</source>
        <translation>目标文书</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>other version from</source>
        <translation>另一版本来自</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>edited: its fields do not match its hash</source>
        <translation>被修改：内容与其哈希不符</translation>
    </message>
    <message>
        <source>an entry before it was deleted</source>
        <translation>其前的记录被删除</translation>
    </message>
    <message>
        <source>entries were reordered</source>
        <translation>记录顺序被调换</translation>
    </message>
    <message>
        <source>its link to the entry before it was changed</source>
        <translation>与前一条记录的链接被改动</translation>
    </message>
    <message>
        <source>the entry appears twice</source>
        <translation>该记录重复出现</translation>
    </message>
    <message>
        <source>the dossier&apos;s own chain is broken here</source>
        <translation>卷宗自身的记录链在此断开</translation>
    </message>
    <message>
        <source>the chain was truncated: it ends before the head the server recorded</source>
        <translation>记录链被截断：止于服务器所记录的链头之前</translation>
    </message>
    <message>
        <source>history was rewritten after it was synced</source>
        <translation>同步之后历史被改写</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Entry %1 (dossier %2, %3): %4</source>
        <translation>第 %1 条（卷宗 %2，%3）：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Dossier::AuditHistoryDialog</name>
    <message>
        <source>Reading and verifying the history…</source>
        <translation>正在读取并核验历史记录…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Entry %1 of the desk&apos;s audit chain</source>
        <translation>本工作站审计链第 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified: the dossier&apos;s %n entries are intact in the desk&apos;s audit chain (%1 entries checked).</source>
        <translation>
            <numerusform>✔ 已核验：本卷宗的 %n 条记录在本工作站审计链中完整无误（共核验 %1 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Broken at entry %1: the history was changed.</source>
        <translation>✘ 记录链在第 %1 条处断开：历史记录已被改动。</translation>
    </message>
</context>
<context>
    <name>Dossier::BoundVolume</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>Dossier::CameraPanel</name>
    <message>
        <source>&amp;Capture page (Space)</source>
        <translation>拍摄本页(&amp;C)（空格）</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>高拍仪：</translation>
    </message>
    <message>
        <source>Page %1 captured.</source>
        <translation>已拍摄第 %1 页。</translation>
    </message>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation>高拍仪未能拍摄：%1</translation>
    </message>
    <message>
        <source>No document camera is connected. Connect one (USB, UVC) and it appears here.</source>
        <translation>未连接高拍仪。连接（USB、UVC）后会显示在这里。</translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation>高拍仪错误：%1</translation>
    </message>
    <message>
        <source>Show a case label to choose the case; Space captures a page.</source>
        <translation>出示案件标签即可选定案件；按空格拍摄一页。</translation>
    </message>
    <message>
        <source>The camera is not ready.</source>
        <translation>高拍仪尚未就绪。</translation>
    </message>
    <message>
        <source>No folder to keep captured pages in.</source>
        <translation>没有用于保存拍摄页面的文件夹。</translation>
    </message>
    <message>
        <source>Case %1 recognised from its label.</source>
        <translation>已从标签识别案件 %1。</translation>
    </message>
</context>
<context>
    <name>Dossier::CaseInfoDialog</name>
    <message>
        <source>Case details — %1</source>
        <translation>案卷信息 — %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>Permanent (永久)</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Long term (长期)</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Short term (短期)</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>Classified (涉密): not to be digitised or exported here</source>
        <translation>涉密：不在本机数字化或导出</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>法院(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ause (案由):</source>
        <translation>案由(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Plaintiffs:</source>
        <translation>原告(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Defendants:</source>
        <translation>被告(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Third parties:</source>
        <translation>第三人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>审判员(&amp;J)：</translation>
    </message>
    <message>
        <source>C&amp;lerk (书记员):</source>
        <translation>书记员(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收案日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>结案日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结案方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Rete&amp;ntion:</source>
        <translation>保管期限(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Filed by (立卷人):</source>
        <translation>立卷人(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hecked by (检查人):</source>
        <translation>检查人(&amp;H)：</translation>
    </message>
    <message>
        <source>Filed &amp;on:</source>
        <translation>立卷时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Read from the pages; correct what the recognition got wrong. Names are separated by 、.</source>
        <translation>以下信息读自卷内页面；请更正识别错误之处。多个姓名以“、”分隔。</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd): %1</source>
        <translation>不是有效日期（yyyy-mm-dd）：%1</translation>
    </message>
</context>
<context>
    <name>Dossier::CatalogueActions</name>
    <message>
        <source>Catalogue</source>
        <translation>编目</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the &amp;previous document</source>
        <translation>移到上一件文件材料(&amp;P)</translation>
    </message>
    <message>
        <source>Move to the &amp;next document</source>
        <translation>移到下一件文件材料(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Split: a new document starts here</source>
        <translation>从此页起拆分为新文件材料(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join with the previous document</source>
        <translation>与上一件文件材料合并(&amp;J)</translation>
    </message>
    <message>
        <source>Document &amp;type…</source>
        <translation>文件材料类型(&amp;T)…</translation>
    </message>
    <message>
        <source>Document t&amp;itle…</source>
        <translation>文件材料名称(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove page…</source>
        <translation>移除页面(&amp;R)…</translation>
    </message>
    <message>
        <source>This is the first document.</source>
        <translation>这已是第一件文件材料。</translation>
    </message>
    <message>
        <source>This is the last document.</source>
        <translation>这已是最后一件文件材料。</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>Type of this document (卷内目录 item):</source>
        <translation>该文件材料的类型（卷内目录条目）：</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文件材料名称</translation>
    </message>
    <message>
        <source>Title in the 卷内目录:</source>
        <translation>在卷内目录中的名称：</translation>
    </message>
    <message>
        <source>Blank back of a sheet</source>
        <translation>空白背面</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>Not part of this dossier</source>
        <translation>不属于本卷宗</translation>
    </message>
    <message>
        <source>Separator or test sheet</source>
        <translation>分隔页或测试页</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>移除页面</translation>
    </message>
    <message>
        <source>Why is this page removed? (The reason is logged; the image stays in the profile.)</source>
        <translation>为什么移除此页？（原因将记入日志；影像仍保留在配置中。）</translation>
    </message>
    <message>
        <source>Move to the other &amp;volume (正卷 ↔ 副卷)</source>
        <translation>移至另一卷(&amp;V)（正卷 ↔ 副卷）</translation>
    </message>
    <message>
        <source>Choose a document to move to the other volume.</source>
        <translation>请选择要移至另一卷的文件材料。</translation>
    </message>
    <message>
        <source>Moved to the 副卷: parties and lawyers will not see it (Ctrl+Z undoes).</source>
        <translation>已移入副卷：当事人和律师看不到它（Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Moved to the 正卷 (Ctrl+Z undoes).</source>
        <translation>已移回正卷（Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>Dossier::CatalogueEditor</name>
    <message numerus="yes">
        <source>Move %n page(s)</source>
        <translation>
            <numerusform>移动 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Split document</source>
        <translation>拆分文件材料</translation>
    </message>
    <message>
        <source>Merge documents</source>
        <translation>合并文件材料</translation>
    </message>
    <message>
        <source>Move document</source>
        <translation>移动文件材料</translation>
    </message>
    <message>
        <source>Set document type</source>
        <translation>设置文件材料类型</translation>
    </message>
    <message>
        <source>Set document title</source>
        <translation>设置文件材料名称</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>移除页面</translation>
    </message>
    <message>
        <source>Insert page</source>
        <translation>插入页面</translation>
    </message>
    <message>
        <source>Turn page</source>
        <translation>旋转页面</translation>
    </message>
    <message>
        <source>Replace page</source>
        <translation>替换页面</translation>
    </message>
    <message>
        <source>Move to the 副卷</source>
        <translation>移入副卷</translation>
    </message>
    <message>
        <source>Move to the 正卷</source>
        <translation>移回正卷</translation>
    </message>
</context>
<context>
    <name>Dossier::Cli</name>
    <message>
        <source>Process scanned pages into catalogued dossiers; writes OUT/report.json and OUT/&lt;case&gt;/catalogue.json.</source>
        <translation>将扫描页处理为已编目的电子卷宗；输出 OUT/report.json 和 OUT/&lt;案号&gt;/catalogue.json。</translation>
    </message>
    <message>
        <source>Profile folder (default: %1).</source>
        <translation>配置文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Output folder (default: current folder).</source>
        <translation>输出文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>Parallel OCR workers (default: cores).</source>
        <translation>并行 OCR 线程数（默认：CPU 核数）。</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+eng.</source>
        <translation>OCR 语言，例如 chi_sim+eng。</translation>
    </message>
    <message>
        <source>Catalogue template id.</source>
        <translation>编目模板标识。</translation>
    </message>
    <message>
        <source>Case number for pages before any separator sheet.</source>
        <translation>第一张分隔页之前的页面所属案号。</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>不在标准错误输出进度。</translation>
    </message>
    <message>
        <source>Image files, PDFs or folders, in feed order.</source>
        <translation>图像文件、PDF 或文件夹，按进纸顺序。</translation>
    </message>
    <message>
        <source>No input given.</source>
        <translation>未指定输入。</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64.</source>
        <translation>--jobs 必须是 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>%1 pages (%2 failed, %3 already done) in %4 s: %5</source>
        <translation>共 %1 页（失败 %2 页，已完成过 %3 页），用时 %4 秒：%5</translation>
    </message>
    <message>
        <source>Scan pages from a SANE scanner and process them like &apos;process&apos; does. Each page is stored the moment it arrives.</source>
        <translation>从 SANE 扫描仪扫描页面，并像 process 一样处理。每页一到达即被保存。</translation>
    </message>
    <message>
        <source>Scanner device, e.g. test:0.</source>
        <translation>扫描仪设备，例如 test:0。</translation>
    </message>
    <message>
        <source>adf, duplex or flatbed (default: adf).</source>
        <translation>adf（自动进纸）、duplex（双面）或 flatbed（平板），默认 adf。</translation>
    </message>
    <message>
        <source>colour, grey or bitonal (default: grey).</source>
        <translation>colour（彩色）、grey（灰度）或 bitonal（黑白），默认 grey。</translation>
    </message>
    <message>
        <source>Resolution (default: 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>Stop after N pages (default: until the feeder is empty).</source>
        <translation>扫描 N 页后停止（默认：直到进纸器为空）。</translation>
    </message>
    <message>
        <source>List the scanners and exit.</source>
        <translation>列出扫描仪后退出。</translation>
    </message>
    <message>
        <source>--device is required (see --list).</source>
        <translation>必须指定 --device（参见 --list）。</translation>
    </message>
    <message>
        <source>Unknown --source %1.</source>
        <translation>未知的 --source：%1。</translation>
    </message>
    <message>
        <source>Unknown --mode %1.</source>
        <translation>未知的 --mode：%1。</translation>
    </message>
    <message>
        <source>scanned page %1</source>
        <translation>已扫描第 %1 页</translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation>扫描仪没有送出任何页面。</translation>
    </message>
    <message>
        <source>At most N results (default: 50).</source>
        <translation>最多 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>Words to find.</source>
        <translation>要查找的文字。</translation>
    </message>
    <message>
        <source>No search text given.</source>
        <translation>未指定检索文字。</translation>
    </message>
    <message>
        <source>Archive formats to write per dossier: pdfa, ofd or pdfa,ofd.</source>
        <translation>每个卷宗要输出的归档格式：pdfa、ofd 或 pdfa,ofd。</translation>
    </message>
    <message>
        <source>Also write a small access copy (PDF) for reading and sharing.</source>
        <translation>同时输出供阅览和共享的小体积阅览本（PDF）。</translation>
    </message>
    <message>
        <source>Also write an anonymised copy (PDF, 隐名处理).</source>
        <translation>同时输出隐名处理本（PDF）。</translation>
    </message>
    <message>
        <source>Copy the verified archive package into DIR (repeat for each copy; three make a dossier archived).</source>
        <translation>将校验通过的归档包复制到 DIR（每份备份重复一次；满三份即视为已归档）。</translation>
    </message>
    <message>
        <source>Name of the person digitising (image metadata).</source>
        <translation>数字化操作人员姓名（写入影像元数据）。</translation>
    </message>
    <message>
        <source>Unknown format %1 (use pdfa, ofd).</source>
        <translation>未知格式 %1（可用：pdfa、ofd）。</translation>
    </message>
    <message>
        <source>Verify archive packages, PDF/A and OFD files: every structure rule and every SHA-256. Exit 0 when all holds, 2 when something is wrong.</source>
        <translation>校验归档包、PDF/A 和 OFD 文件：检查全部结构规则和每个 SHA-256。全部通过时退出码为 0，有问题时为 2。</translation>
    </message>
    <message>
        <source>Print the text of an OFD file.</source>
        <translation>输出 OFD 文件中的文字。</translation>
    </message>
    <message>
        <source>A package folder, a PDF or an OFD file.</source>
        <translation>归档包文件夹、PDF 或 OFD 文件。</translation>
    </message>
    <message>
        <source>OK	%1</source>
        <translation>通过	%1</translation>
    </message>
    <message>
        <source>FAILED	%1</source>
        <translation>未通过	%1</translation>
    </message>
    <message>
        <source>Write (again) the archive outputs of a dossier already in the profile, e.g. after correcting its cover details; prints the outputs as JSON.</source>
        <translation>（重新）输出本配置中已有卷宗的归档文件，例如在更正封面信息之后；以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>案号。</translation>
    </message>
    <message>
        <source>The dossier id, when the case has several.</source>
        <translation>卷宗编号（案件有多个卷宗时）。</translation>
    </message>
    <message>
        <source>JSON file with the case details for the cover (court, cause, plaintiffs, defendants, judge, clerk, received, closed, result, retention, filed_by, checked_by, filed_on, classified); stored in the profile, overriding what was read from the pages.</source>
        <translation>封面所用案件信息的 JSON 文件（court 法院、cause 案由、plaintiffs 原告、defendants 被告、judge 审判员、clerk 书记员、received 收案日期、closed 结案日期、result 结案方式、retention 保管期限、filed_by 立卷人、checked_by 检查人、filed_on 立卷时间、classified 涉密）；保存在本配置中，优先于从页面识别出的信息。</translation>
    </message>
    <message>
        <source>Case %1 has the dossiers: %2. Choose one with --dossier.</source>
        <translation>案件 %1 有以下卷宗：%2。请用 --dossier 指定其一。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of case details.</source>
        <translation>%1 不是记载案件信息的 JSON 对象。</translation>
    </message>
    <message>
        <source>Sign in to dossier-server; the session is kept in the system keyring, never in the profile.</source>
        <translation>登录 dossier-server；会话保存在系统密钥环中，绝不写入配置文件夹。</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>login needs --user and --password-stdin.</source>
        <translation>login 需要 --user 和 --password-stdin。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Push this desk&apos;s changes and pull everyone else&apos;s; exit 0 once everything is pushed and pulled.</source>
        <translation>推送本机的更改并拉取其他工作站的更改；全部推送和拉取完成后退出码为 0。</translation>
    </message>
    <message>
        <source>List the dossiers of the profile with their pages.</source>
        <translation>列出本配置的卷宗及其页面。</translation>
    </message>
    <message>
        <source>JSON out.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>%1 is not a JSON template.</source>
        <translation>%1 不是 JSON 模板。</translation>
    </message>
    <message>
        <source>PEM certificate authorities to trust for an HTTPS server (kept for later syncs).</source>
        <translation>HTTPS 服务器所信任的 PEM 证书颁发机构（保存供以后同步使用）。</translation>
    </message>
    <message>
        <source>Full-text search over the recognised text of the catalogued pages of one case or of every case in the profile; prints the pages found as JSON, in reading order.</source>
        <translation>在一个案件或本配置全部案件已编目页面的识别文字中全文检索；按阅读顺序以 JSON 输出找到的页面。</translation>
    </message>
    <message>
        <source>Search this case only (案号).</source>
        <translation>只检索此案件（案号）。</translation>
    </message>
    <message>
        <source>Add a private note to a page of a case; prints it as JSON.</source>
        <translation>为案件的某一页添加个人批注；以 JSON 输出。</translation>
    </message>
    <message>
        <source>note add needs --case and --text.</source>
        <translation>note add 需要 --case 和 --text。</translation>
    </message>
    <message>
        <source>List your private notes on a case.</source>
        <translation>列出你在某案件上的个人批注。</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>以 JSON 输出（默认）。</translation>
    </message>
    <message>
        <source>note list needs --case.</source>
        <translation>note list 需要 --case。</translation>
    </message>
    <message>
        <source>Delete one of your private notes.</source>
        <translation>删除你的一条个人批注。</translation>
    </message>
    <message>
        <source>The note&apos;s id, as note list prints it.</source>
        <translation>批注编号，即 note list 输出的 id。</translation>
    </message>
    <message>
        <source>note delete needs the note&apos;s id.</source>
        <translation>note delete 需要批注编号。</translation>
    </message>
    <message>
        <source>Write your hearing outline (庭审提纲) of a case, from your reading notes.</source>
        <translation>根据你的阅卷笔记生成案件的庭审提纲。</translation>
    </message>
    <message>
        <source>The case (案号).</source>
        <translation>案件（案号）。</translation>
    </message>
    <message>
        <source>odt (default) or pdf.</source>
        <translation>odt（默认）或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>outline export needs --case, --out and --format odt or pdf.</source>
        <translation>outline export 需要 --case、--out 以及 --format odt 或 pdf。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli note add|list|delete …</source>
        <translation>用法：dossier-cli note add|list|delete …</translation>
    </message>
    <message>
        <source>The case number (案号).</source>
        <translation>案号。</translation>
    </message>
    <message>
        <source>--case needs a case number such as （2024）苏0602民初1234号; &quot;%1&quot; is not one.</source>
        <translation>--case 需要案号，例如（2024）苏0602民初1234号；“%1”不是案号。</translation>
    </message>
    <message>
        <source>Give a user a case on the server (archive administrators, and chiefs of the case&apos;s court), with the session of login.</source>
        <translation>在服务器上将案件分配给用户（档案管理员，以及案件所属法院的庭长、院领导），使用 login 保存的会话。</translation>
    </message>
    <message>
        <source>The user&apos;s name on the server.</source>
        <translation>用户在服务器上的用户名。</translation>
    </message>
    <message>
        <source>How the user relates to the case: %1.</source>
        <translation>用户与案件的关系：%1。</translation>
    </message>
    <message>
        <source>case member add needs --user NAME.</source>
        <translation>case member add 需要 --user 用户名。</translation>
    </message>
    <message>
        <source>--relation must be one of: %1.</source>
        <translation>--relation 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 现为 %3 的 %2。</translation>
    </message>
    <message>
        <source>%1 was already %2 of %3.</source>
        <translation>%1 已经是 %3 的 %2。</translation>
    </message>
    <message>
        <source>List the members of a case on the server, with the session of login.</source>
        <translation>列出服务器上案件的成员，使用 login 保存的会话。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli case member add --case 案号 --user NAME --relation RELATION
       dossier-cli case member list --case 案号 [--json]</source>
        <translation>用法：dossier-cli case member add --case 案号 --user 用户名 --relation 关系
      dossier-cli case member list --case 案号 [--json]</translation>
    </message>
    <message>
        <source>--today takes a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today 需要日期 YYYY-MM-DD，而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要日期 YYYY-MM-DD，而不是“%2”。</translation>
    </message>
    <message>
        <source>--reason is offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation>--reason 应为 offline_trial、evidence_return、appeal_transfer 或 archive_room。</translation>
    </message>
    <message>
        <source>--volumes takes a number.</source>
        <translation>--volumes 需要一个数字。</translation>
    </message>
    <message>
        <source>Record a movement of a case&apos;s paper in the warehouse: %1.</source>
        <translation>在中间库登记案件纸质卷宗的一次流转：%1。</translation>
    </message>
    <message>
        <source>warehouse %1 needs --case.</source>
        <translation>warehouse %1 需要 --case。</translation>
    </message>
    <message>
        <source>Where a case&apos;s paper is, and its history: by 案号 or by a scanned label.</source>
        <translation>按案号或扫描的标签查询案件纸质卷宗的位置及流转记录。</translation>
    </message>
    <message>
        <source>A 案号, or a case label&apos;s or separator sheet&apos;s payload.</source>
        <translation>案号，或案件标签、分隔页二维码的内容。</translation>
    </message>
    <message>
        <source>warehouse find needs one code.</source>
        <translation>warehouse find 需要一个案号或标签。</translation>
    </message>
    <message>
        <source>Loans past their due date.</source>
        <translation>已超过归还期限的借阅。</translation>
    </message>
    <message>
        <source>Record a case event that starts or stops a statutory clock.</source>
        <translation>登记开始或结束法定期限计时的案件节点。</translation>
    </message>
    <message>
        <source>warehouse event needs --case and --kind (%1).</source>
        <translation>warehouse event 需要 --case 和 --kind（%1）。</translation>
    </message>
    <message>
        <source>Every running statutory clock, and those done.</source>
        <translation>所有正在计时及已完成的法定期限。</translation>
    </message>
    <message>
        <source>A shelf&apos;s inventory: its scanned labels against what the desk says is there.</source>
        <translation>架位盘点：将扫描到的标签与登记在该架位的卷宗比对。</translation>
    </message>
    <message>
        <source>warehouse inventory needs --location and a readable --scanned file.</source>
        <translation>warehouse inventory 需要 --location 和可读取的 --scanned 文件。</translation>
    </message>
    <message>
        <source>Publish a year of the holiday calendar to every desk (archive administrators).</source>
        <translation>向所有工作站发布某一年的节假日日历（档案管理员）。</translation>
    </message>
    <message>
        <source>The year&apos;s calendar as JSON: {&quot;year&quot;, &quot;holidays&quot;, &quot;working_days&quot;}.</source>
        <translation>该年日历的 JSON：{&quot;year&quot;, &quot;holidays&quot;, &quot;working_days&quot;}。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli warehouse checkin|supplement|lend|return|recall|checkout|move|request|find|overdue|event|deadlines|inventory …</source>
        <translation>用法：dossier-cli warehouse checkin|supplement|lend|return|recall|checkout|move|request|find|overdue|event|deadlines|inventory …</translation>
    </message>
    <message>
        <source>The case (案号), or its scanned label.</source>
        <translation>案件（案号），或扫描的案件标签。</translation>
    </message>
    <message>
        <source>The page: its number in the case&apos;s first volume, or volume-page (2-15) when the case has several.</source>
        <translation>页：案件第一卷中的页码；案件有多卷时写作“卷-页”（如 2-15）。</translation>
    </message>
    <message>
        <source>A region of the page, in processed-image pixels.</source>
        <translation>页面上的一个区域，以处理后图像的像素计。</translation>
    </message>
    <message>
        <source>highlight, box, comment (default), focus, fact or question.</source>
        <translation>highlight（高亮）、box（框注）、comment（批注，默认）、focus（争议焦点）、fact（待证事实）或 question（询问要点）。</translation>
    </message>
    <message>
        <source>yellow (default), red, green, blue, purple, orange, grey.</source>
        <translation>yellow（黄，默认）、red（红）、green（绿）、blue（蓝）、purple（紫）、orange（橙）、grey（灰）。</translation>
    </message>
    <message>
        <source>A tag (may be repeated).</source>
        <translation>标签（可重复指定）。</translation>
    </message>
    <message>
        <source>A fact&apos;s status: undisputed, disputed or open.</source>
        <translation>待证事实的状态：undisputed（无争议）、disputed（有争议）或 open（待查）。</translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation>批注内容。</translation>
    </message>
    <message>
        <source>Count as if today were DATE (YYYY-MM-DD).</source>
        <translation>以 DATE（YYYY-MM-DD）作为今天计算。</translation>
    </message>
    <message>
        <source>Volumes of paper.</source>
        <translation>纸质卷宗册数。</translation>
    </message>
    <message>
        <source>Shelf place: zone-rack-shelf-box (A-03-2-15).</source>
        <translation>架位：区-架-层-格（如 A-03-2-15）。</translation>
    </message>
    <message>
        <source>Items, comma-separated (证据原件,…).</source>
        <translation>随卷物品，以逗号分隔（证据原件,…）。</translation>
    </message>
    <message>
        <source>Who the paper goes to.</source>
        <translation>卷宗交给谁。</translation>
    </message>
    <message>
        <source>When a loan is due back (YYYY-MM-DD).</source>
        <translation>借阅应归还日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>What a loan is for.</source>
        <translation>借阅用途。</translation>
    </message>
    <message>
        <source>Why paper leaves: offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation>出库事由：offline_trial（线下庭审）、evidence_return（退还证据原件）、appeal_transfer（上诉移送）或 archive_room（移交档案室）。</translation>
    </message>
    <message>
        <source>The approval&apos;s reference (offline trial).</source>
        <translation>审批文号（线下庭审）。</translation>
    </message>
    <message>
        <source>A note on the movement.</source>
        <translation>流转备注。</translation>
    </message>
    <message>
        <source>Move everything under this place (a whole shelf).</source>
        <translation>移动该位置下的全部卷宗（整架移位）。</translation>
    </message>
    <message>
        <source>The case event.</source>
        <translation>案件节点。</translation>
    </message>
    <message>
        <source>The event&apos;s date (YYYY-MM-DD).</source>
        <translation>节点日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this borrower&apos;s loans.</source>
        <translation>仅列出该借阅人的借阅。</translation>
    </message>
    <message>
        <source>A file of the labels scanned, one a line.</source>
        <translation>扫描到的标签文件，每行一个。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>A published version (default: the newest).</source>
        <translation>已发布的版本（默认：最新）。</translation>
    </message>
    <message>
        <source>Compare from this published version.</source>
        <translation>与此已发布版本比较。</translation>
    </message>
    <message>
        <source>The sample case (案号) held on this desk.</source>
        <translation>本机上的样本案件（案号）。</translation>
    </message>
    <message>
        <source>Release to these accounts first (comma-separated).</source>
        <translation>先发布给这些账号（逗号分隔）。</translation>
    </message>
    <message>
        <source>Release to these courts first (court codes, comma-separated).</source>
        <translation>先发布给这些法院（法院代码，逗号分隔）。</translation>
    </message>
    <message>
        <source>Roll back to this version (default: the one before the newest).</source>
        <translation>回滚到此版本（默认：最新版本的前一版）。</translation>
    </message>
    <message>
        <source>secondary volume</source>
        <translation>副卷</translation>
    </message>
    <message>
        <source>every volume</source>
        <translation>每卷</translation>
    </message>
    <message>
        <source>main volume</source>
        <translation>正卷</translation>
    </message>
    <message>
        <source>The catalogue templates this desk holds.</source>
        <translation>本机持有的编目模板。</translation>
    </message>
    <message>
        <source> (v%1 held, not released here)</source>
        <translation>（已持有 v%1，尚未对本机发布）</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not held on this desk.</source>
        <translation>本机没有 %2 的第 %1 版。</translation>
    </message>
    <message>
        <source>A template&apos;s items, volume by volume.</source>
        <translation>模板的各卷条目。</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必备）</translation>
    </message>
    <message>
        <source> (once)</source>
        <translation>（仅一份）</translation>
    </message>
    <message>
        <source>What a draft (a file) or a published version (an id, with --version) changes against an earlier version (--from, default: the one before).</source>
        <translation>草稿（文件）或已发布版本（模板标识，配合 --version）相对于较早版本（--from，默认前一版）的改动。</translation>
    </message>
    <message>
        <source>No earlier version of %1 to compare with.</source>
        <translation>%1 没有可比较的较早版本。</translation>
    </message>
    <message>
        <source>%1: v%2 → v%3</source>
        <translation>%1：v%2 → v%3</translation>
    </message>
    <message>
        <source>Check a draft against every published version this desk holds.</source>
        <translation>对照本机持有的所有已发布版本检查草稿。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 v%2 can be published.</source>
        <translation>%1 v%2 可以发布。</translation>
    </message>
    <message>
        <source>Catalogue a sample dossier with a draft, side by side with its catalogue today (nothing is written).</source>
        <translation>用草稿对样本卷宗试编目，与其现有目录对照（不写入任何内容）。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) differ.</source>
        <translation>
            <numerusform>%n 份文件不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>What publishing a draft would change (from the server).</source>
        <translation>发布草稿将带来的影响（由服务器统计）。</translation>
    </message>
    <message>
        <source>Publish a version of a template (archive administrators): to everyone, or first to the accounts and courts named.</source>
        <translation>发布模板的一个版本（档案管理员）：发布给所有人，或先发布给指定的账号和法院。</translation>
    </message>
    <message>
        <source>Published %1 v%2.</source>
        <translation>已发布 %1 v%2。</translation>
    </message>
    <message>
        <source>Roll a template back to an earlier version, for everyone (archive administrators).</source>
        <translation>将模板对所有人回滚到较早版本（档案管理员）。</translation>
    </message>
    <message>
        <source>Release a published version to everyone, or to the accounts and courts named.</source>
        <translation>将已发布的版本推广给所有人，或推广给指定的账号和法院。</translation>
    </message>
    <message>
        <source>This desk holds no earlier version of %1 to go back to: name it with --to.</source>
        <translation>本机没有 %1 可回滚的较早版本：请用 --to 指定。</translation>
    </message>
    <message>
        <source>%1 rolled back to v%2 for everyone; dossiers already carried to a later version keep it.</source>
        <translation>%1 已对所有人回滚到 v%2；已迁移到较新版本的卷宗保留该版本。</translation>
    </message>
    <message>
        <source>%1 v%2 released.</source>
        <translation>%1 v%2 已推广。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli template list|show|diff|validate|test|impact|publish|release|rollback …</source>
        <translation>用法：dossier-cli template list|show|diff|validate|test|impact|publish|release|rollback …</translation>
    </message>
    <message>
        <source>Verify the desk&apos;s audit chain and every dossier&apos;s: an edited, deleted, reordered or truncated entry is named. Exit 0: intact, 2: broken.</source>
        <translation>核验本工作站及每个卷宗的审计链：指出被修改、删除、调换顺序或截断的记录。退出码 0：完整；2：已断开。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
    <message>
        <source>Do not ask the server for the head it recorded; hold the chain against the desk&apos;s record of its last push.</source>
        <translation>不向服务器查询其记录的链头；以本工作站上次推送的记录为准核对。</translation>
    </message>
    <message>
        <source>The server could not be asked for this desk&apos;s audit head (%1); the desk&apos;s own record of its last push is used.</source>
        <translation>无法向服务器查询本工作站的审计链头（%1）；改用本工作站上次推送的记录。</translation>
    </message>
    <message>
        <source> (held against the head last pushed to the server: entry %1)</source>
        <translation>（已与上次推送到服务器的链头核对：第 %1 条）</translation>
    </message>
    <message>
        <source>Audit chain of desk %1: %2 entries, %3 dossiers, intact%4.</source>
        <translation>工作站 %1 的审计链：%2 条记录，%3 个卷宗，完整%4。</translation>
    </message>
    <message>
        <source>Audit chain of desk %1: %2 entries, BROKEN at %3 place(s)%4.</source>
        <translation>工作站 %1 的审计链：%2 条记录，有 %3 处断开%4。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli &lt;command&gt; [options]
Commands:
  process   process images, PDFs and folders into catalogued dossiers
  scan      scan from a SANE scanner and process the pages
  search    full-text search over the pages of the profile
  export    write the archive outputs of a dossier in the profile
  login     sign in to dossier-server (the session goes to the system keyring)
  sync      push this desk&apos;s changes and pull everyone else&apos;s
  dossier list   the dossiers of the profile and their pages (--json)
  template list|show|diff|validate|test   catalogue templates and drafts
  template publish|release|rollback   versions of a template (administrators)
  calendar push  publish a year of the holiday calendar (administrators)
  note add|list|delete   your private notes on the pages of a case
  outline export  your hearing outline (庭审提纲) of a case, as ODT or PDF
  case member add|list   give users a case on the server, list its members
  warehouse …   the 中间库: checkin, lend, return, checkout, move, request, find, overdue, deadlines
  audit verify   verify the audit log&apos;s hash chain (desk and dossiers)
  verify    verify archive packages, PDF/A and OFD files
  plugins   list the plugins found and those skipped
  version   print the version
Run &apos;dossier-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>用法：dossier-cli &lt;命令&gt; [选项]
命令：
  process   将图像、PDF 和文件夹处理为已编目的卷宗
  scan      从 SANE 扫描仪扫描并处理页面
  search    在本配置的页面中全文检索
  export    输出本配置中某卷宗的归档文件
  login     登录 dossier-server（会话保存在系统密钥环中）
  sync      推送本机的更改并拉取其他工作站的更改
  dossier list   本配置的卷宗及其页面（--json）
  template list|show|diff|validate|test   编目模板与草稿
  template publish|release|rollback   模板的版本（管理员）
  calendar push  发布某一年的节假日日历（管理员）
  note add|list|delete   你在案件页面上的个人批注
  outline export  以 ODT 或 PDF 输出你的案件庭审提纲
  case member add|list   在服务器上为用户分配案件、列出案件成员
  warehouse …   中间库：入库、借阅、归还、出库、移位、借阅申请、查询、超期、期限
  audit verify   核验审计日志的哈希链（工作站与卷宗）
  verify    校验归档包、PDF/A 和 OFD 文件
  plugins   列出已找到和已跳过的插件
  version   显示版本
运行“dossier-cli &lt;命令&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <source> (held against the head the server recorded: entry %1)</source>
        <translation>（已与服务器记录的链头核对：第 %1 条）</translation>
    </message>
    <message>
        <source>Usage: dossier-cli audit verify [--profile DIR] [--json] [--offline]</source>
        <translation>用法：dossier-cli audit verify [--profile 目录] [--json] [--offline]</translation>
    </message>
    <message>
        <source>Another server of the same court, for a sync when this one cannot be reached (repeatable; kept for later syncs).</source>
        <translation>本院的另一台服务器，在此服务器无法连接时用于同步（可重复；保存供以后同步使用）。</translation>
    </message>
</context>
<context>
    <name>Dossier::Clock</name>
    <message>
        <source>Appeal: hand over to the warehouse</source>
        <translation>上诉移交中间库</translation>
    </message>
    <message>
        <source>Appeal: archive in the warehouse</source>
        <translation>上诉中间库归档</translation>
    </message>
    <message>
        <source>Appeal: send to the second instance</source>
        <translation>上诉移送二审</translation>
    </message>
    <message>
        <source>Closing: send the closing notice</source>
        <translation>结案通知单移送</translation>
    </message>
    <message>
        <source>Closing: archive in the warehouse</source>
        <translation>结案中间库归档</translation>
    </message>
</context>
<context>
    <name>Dossier::DeskJobs</name>
    <message numerus="yes">
        <source>Queued: %n input(s) wait for the batch in progress.</source>
        <translation>
            <numerusform>已排队：%n 项输入等待当前批次完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing pages…</source>
        <translation>正在存储页面…</translation>
    </message>
    <message>
        <source>Processed %1 of %2: %3</source>
        <translation>已处理 %1 / %2：%3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 pages imported, %2 failed, in %3 s.</source>
        <translation>已导入 %1 页，失败 %2 页，用时 %3 秒。</translation>
    </message>
    <message>
        <source>%1 pages imported, %2 of them in no dossier: the batch had neither a separator sheet nor a 案号. They are under “Pages in no dossier”; choose them and assign them to a case (Ctrl+Shift+A).</source>
        <translation>已导入 %1 页，其中 %2 页未归入任何卷宗：该批次既没有分隔页也没有案号。这些页面列在“未归入卷宗的页面”下，请选中后归入案件（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <source>Some inputs could not be processed; the rest were kept:

%1</source>
        <translation>部分输入无法处理，其余均已保留：

%1</translation>
    </message>
</context>
<context>
    <name>Dossier::DossierActions</name>
    <message>
        <source>Turn &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>Turn &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Turn &amp;upside down</source>
        <translation>旋转 180°(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Insert a re-scanned page</source>
        <translation>插入重新扫描的页面(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;place with a re-scanned page</source>
        <translation>用重新扫描的页面替换(&amp;P)</translation>
    </message>
    <message>
        <source>Insert a page from a &amp;file…</source>
        <translation>从文件插入页面(&amp;F)…</translation>
    </message>
    <message>
        <source>Replace with a page from a fil&amp;e…</source>
        <translation>用文件中的页面替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose a page in the dossier tree first.</source>
        <translation>请先在卷宗树中选择一页。</translation>
    </message>
    <message>
        <source>Wait until the batch in progress is done.</source>
        <translation>请等待当前批次完成。</translation>
    </message>
    <message>
        <source>Page from a file</source>
        <translation>从文件选择页面</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No scanner is chosen.</source>
        <translation>未选择扫描仪。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page inserted.</source>
        <translation>已插入页面。</translation>
    </message>
    <message>
        <source>Page replaced; the old one is kept in the profile.</source>
        <translation>已替换页面；原页面仍保留在配置中。</translation>
    </message>
    <message>
        <source>Page turned.</source>
        <translation>已旋转页面。</translation>
    </message>
    <message>
        <source>Scanning one sheet from %1…</source>
        <translation>正在从 %1 扫描一张…</translation>
    </message>
    <message>
        <source>Processing the page…</source>
        <translation>正在处理页面…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>案卷信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quality check and submit…</source>
        <translation>质量检查并提交(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Assign pages to a case…</source>
        <translation>将页面归入案件(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose pages under “Pages in no dossier” first.</source>
        <translation>请先在“未归入卷宗的页面”下选择页面。</translation>
    </message>
    <message>
        <source>Assign pages to a case</source>
        <translation>将页面归入案件</translation>
    </message>
    <message>
        <source>The 案号 of the case these %1 pages belong to:</source>
        <translation>这 %1 页所属案件的案号：</translation>
    </message>
    <message>
        <source>Pages assigned to %1: %2 documents.</source>
        <translation>页面已归入 %1：共 %2 份材料。</translation>
    </message>
    <message>
        <source>Choose a dossier in the tree first.</source>
        <translation>请先在树中选择一个卷宗。</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Case details of %1 saved.</source>
        <translation>已保存 %1 的案卷信息。</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>The role %1 may not read the history of dossiers.</source>
        <translation>角色 %1 无权查看卷宗的历史记录。</translation>
    </message>
</context>
<context>
    <name>Dossier::DossierBrowser</name>
    <message>
        <source>Recognised text of the page</source>
        <translation>本页识别出的文字</translation>
    </message>
    <message>
        <source>This sheet is not catalogued yet.</source>
        <translation>该页尚未编目。</translation>
    </message>
    <message>
        <source>Show as &amp;processed</source>
        <translation>显示处理后(&amp;P)</translation>
    </message>
    <message>
        <source>Straightened and cropped as in the archive (M switches to the page as scanned)</source>
        <translation>按归档效果显示（已纠斜、裁边）；按 M 切换为原始扫描图</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Dossier::DossierModel</name>
    <message>
        <source>Dossier / document / page</source>
        <translation>卷宗 / 文件材料 / 页</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Type / QC</source>
        <translation>类型 / 质检</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Blank page (suggested)</source>
        <translation>空白页（建议）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>looks blank</source>
        <translation>疑似空白</translation>
    </message>
    <message>
        <source>below 300 dpi</source>
        <translation>低于 300 dpi</translation>
    </message>
    <message>
        <source>still skewed</source>
        <translation>仍有歪斜</translation>
    </message>
    <message>
        <source>needs colour</source>
        <translation>需彩色扫描</translation>
    </message>
    <message>
        <source>low OCR confidence</source>
        <translation>识别置信度低</translation>
    </message>
    <message>
        <source>other file format</source>
        <translation>文件格式不一致</translation>
    </message>
    <message>
        <source>separator with a wrong case number</source>
        <translation>分隔页案号有误</translation>
    </message>
    <message>
        <source>sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Changed on another desk too: review it with Ctrl+Shift+F8.</source>
        <translation>另一台电脑也修改了此项：按 Ctrl+Shift+F8 查看处理。</translation>
    </message>
    <message>
        <source>Pages in no dossier</source>
        <translation>未归入卷宗的页面</translation>
    </message>
    <message>
        <source>Pages without a separator sheet or 案号: choose them and assign them to a case (Ctrl+Shift+A).</source>
        <translation>没有分隔页也没有案号的页面：选中后归入案件（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <source>Page (id %1)</source>
        <translation>页面（编号 %1）</translation>
    </message>
    <message>
        <source>副卷 (for the court only)</source>
        <translation>副卷（仅供法院内部）</translation>
    </message>
    <message>
        <source>The 副卷 holds the court&apos;s internal records (deliberations, reports, approvals). Parties and lawyers never see it; it is exported as a package of its own. Move a document here or back with Ctrl+Shift+V.</source>
        <translation>副卷收录法院内部材料（评议笔录、审理报告、审批表等）。当事人和律师始终看不到副卷；它单独输出为一个归档包。用 Ctrl+Shift+V 将文件材料移入或移回。</translation>
    </message>
    <message>
        <source>not for parties</source>
        <translation>不对当事人公开</translation>
    </message>
</context>
<context>
    <name>Dossier::Error</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>无法打开文件：%1。</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number: it must start with the year in brackets, e.g. （2024）苏0602民初1234号.</source>
        <translation>“%1”不是有效案号：应以括号中的年份开头，例如（2024）苏0602民初1234号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range.</source>
        <translation>“%1”：年份超出范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the court code must start with a province character.</source>
        <translation>“%1”：法院代字应以省级简称开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the court code has 0, 2 or 4 digits after the province.</source>
        <translation>“%1”：法院代字在省级简称后应有 0、2 或 4 位数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown case type code.</source>
        <translation>“%1”：未知的案件类型代字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the sequence number is missing or invalid.</source>
        <translation>“%1”：案件序号缺失或无效。</translation>
    </message>
    <message>
        <source>Unknown catalogue template &quot;%1&quot; (known: %2).</source>
        <translation>未知的编目模板“%1”（已有：%2）。</translation>
    </message>
    <message>
        <source>The %1 image is damaged or truncated and cannot be decoded.</source>
        <translation>该 %1 图像已损坏或不完整，无法解码。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>Not a supported image: the content is not JPEG, PNG or TIFF (nor PDF).</source>
        <translation>不支持的图像：内容不是 JPEG、PNG、TIFF（也不是 PDF）。</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels, beyond the limit of %3 megapixels: refused as a possible decompression bomb.</source>
        <translation>图像声明尺寸为 %1 × %2 像素，超过 %3 百万像素的上限：疑似解压炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>The batch was cancelled; stored pages are kept and a re-run resumes.</source>
        <translation>批次已取消；已存储的页面均保留，重新运行即可继续。</translation>
    </message>
    <message>
        <source>The input does not exist.</source>
        <translation>输入不存在。</translation>
    </message>
    <message>
        <source>The PDF is encrypted (password protected); it cannot be read.</source>
        <translation>该 PDF 已加密（受密码保护），无法读取。</translation>
    </message>
    <message>
        <source>The PDF is damaged and has no readable page.</source>
        <translation>该 PDF 已损坏，没有可读取的页面。</translation>
    </message>
    <message>
        <source>The PDF is truncated (no end-of-file marker): the file was cut short.</source>
        <translation>该 PDF 不完整（缺少文件结束标记）：文件被截断。</translation>
    </message>
    <message>
        <source>The PDF contains JavaScript or launch actions; such a file is refused as unsafe.</source>
        <translation>该 PDF 含有 JavaScript 或启动动作，因不安全而拒绝处理。</translation>
    </message>
    <message>
        <source>The PDF nests objects more than %1 levels deep; refused as malformed.</source>
        <translation>该 PDF 对象嵌套超过 %1 层，视为格式异常而拒绝。</translation>
    </message>
    <message>
        <source>The input cannot be read.</source>
        <translation>无法读取该输入。</translation>
    </message>
    <message>
        <source>No usable %1 plugin was found (%2).</source>
        <translation>未找到可用的 %1 插件（%2）。</translation>
    </message>
    <message>
        <source>The %1 plugin does not implement the expected interface.</source>
        <translation>%1 插件未实现所需接口。</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>数据库错误：%1。</translation>
    </message>
    <message>
        <source>The profile was written by a newer version (schema %1; this program knows %2).</source>
        <translation>该配置由更新版本写入（结构版本 %1；本程序支持 %2）。</translation>
    </message>
    <message>
        <source>The stored master %1 does not match its SHA-256.</source>
        <translation>已存储的原始图像 %1 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>The OCR engine was given an image it cannot read.</source>
        <translation>OCR 引擎收到了无法读取的图像。</translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation>本页文字识别失败。</translation>
    </message>
    <message>
        <source>OCR language &quot;%1&quot; is not installed (looked in %2).</source>
        <translation>未安装 OCR 语言“%1”（查找位置：%2）。</translation>
    </message>
    <message>
        <source>The OCR engine could not start with languages &quot;%1&quot;.</source>
        <translation>OCR 引擎无法以语言“%1”启动。</translation>
    </message>
    <message>
        <source>The scanner sent an image in a form that cannot be read (frame type %1, %2 bits).</source>
        <translation>扫描仪发送的图像格式无法读取（帧类型 %1，%2 位）。</translation>
    </message>
    <message>
        <source>The scanned page (%1 x %2 pixels) does not fit in memory.</source>
        <translation>扫描页（%1 × %2 像素）超出可用内存。</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not be started: %1.</source>
        <translation>无法启动扫描仪库（SANE）：%1。</translation>
    </message>
    <message>
        <source>The scanner has no setting called %1.</source>
        <translation>扫描仪没有名为 %1 的设置项。</translation>
    </message>
    <message>
        <source>The scanner refused the setting %1 = %2: %3.</source>
        <translation>扫描仪拒绝了设置 %1 = %2：%3。</translation>
    </message>
    <message>
        <source>The list of scanners is not available: %1.</source>
        <translation>无法获取扫描仪列表：%1。</translation>
    </message>
    <message>
        <source>The scanner %1 could not be opened: %2.</source>
        <translation>无法打开扫描仪 %1：%2。</translation>
    </message>
    <message>
        <source>The scanner %1 has no flatbed (its sources: %2).</source>
        <translation>扫描仪 %1 没有平板（可用来源：%2）。</translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder (its sources: %2).</source>
        <translation>扫描仪 %1 没有自动进纸器（可用来源：%2）。</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan both sides of a page (its sources: %2).</source>
        <translation>扫描仪 %1 不支持双面扫描（可用来源：%2）。</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in colour (its modes: %2).</source>
        <translation>扫描仪 %1 不支持彩色扫描（可用模式：%2）。</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in greyscale (its modes: %2).</source>
        <translation>扫描仪 %1 不支持灰度扫描（可用模式：%2）。</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in black and white (its modes: %2).</source>
        <translation>扫描仪 %1 不支持黑白扫描（可用模式：%2）。</translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The scanner %1 sent no image.</source>
        <translation>扫描仪 %1 未发送图像。</translation>
    </message>
    <message>
        <source>The page from the scanner %1 does not fit in memory.</source>
        <translation>扫描仪 %1 的页面超出可用内存。</translation>
    </message>
    <message>
        <source>The scanner %1 does not let its resolution be chosen.</source>
        <translation>扫描仪 %1 不支持选择分辨率。</translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan at %2 dpi (it offers %3 dpi).</source>
        <translation>扫描仪 %1 无法以 %2 dpi 扫描（可用：%3 dpi）。</translation>
    </message>
    <message>
        <source>Scanning with %1 failed: %2.</source>
        <translation>使用 %1 扫描失败：%2。</translation>
    </message>
    <message>
        <source>The scanned page could not be encoded as an image file.</source>
        <translation>扫描页无法编码为图像文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>No exporter plugin for the format %1 was found.</source>
        <translation>未找到 %1 格式的导出插件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The package %1 does not verify: %2</source>
        <translation>归档包 %1 校验未通过：%2</translation>
    </message>
    <message>
        <source>There is no dossier %1 of case %2 in this profile.</source>
        <translation>本配置中没有案件 %2 的卷宗 %1。</translation>
    </message>
    <message>
        <source>The dossier %1 of case %2 has no processed pages.</source>
        <translation>案件 %2 的卷宗 %1 没有已处理的页面。</translation>
    </message>
    <message>
        <source>The master image %1 could not be read: %2</source>
        <translation>无法读取原始图像 %1：%2</translation>
    </message>
    <message>
        <source>Case %1 is marked classified (涉密): it is not digitised or exported (standard 15.3).</source>
        <translation>案件 %1 标记为涉密：不进行数字化，也不导出（标准第 15.3 条）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an OFD (ZIP) package: %2</source>
        <translation>无法将 %1 作为 OFD（ZIP）包读取：%2</translation>
    </message>
    <message>
        <source>The OFD file %1 could not be written: %2</source>
        <translation>无法写入 OFD 文件 %1：%2</translation>
    </message>
    <message>
        <source>The OFD package has no readable entry %1.</source>
        <translation>OFD 包中没有可读取的条目 %1。</translation>
    </message>
    <message>
        <source>The OFD entry %1 is damaged (its data or checksum is wrong).</source>
        <translation>OFD 条目 %1 已损坏（数据或校验和错误）。</translation>
    </message>
    <message>
        <source>The %1 image could not be read for export.</source>
        <translation>导出时无法读取该 %1 图像。</translation>
    </message>
    <message>
        <source>The PDF/A file %1 could not be written: %2</source>
        <translation>无法写入 PDF/A 文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be parsed as PDF: %2</source>
        <translation>无法将 %1 解析为 PDF：%2</translation>
    </message>
    <message>
        <source>Text extraction from PDF is done with pdftotext.</source>
        <translation>PDF 的文字请用 pdftotext 提取。</translation>
    </message>
    <message>
        <source>That page or document is not in this volume.</source>
        <translation>该页面或文件材料不属于本卷。</translation>
    </message>
    <message>
        <source>This page already begins its document.</source>
        <translation>该页已是所在文件材料的第一页。</translation>
    </message>
    <message>
        <source>The first document has no document before it to join.</source>
        <translation>第一件文件材料之前没有可合并的文件材料。</translation>
    </message>
    <message>
        <source>Removing a page needs a reason.</source>
        <translation>移除页面需要填写原因。</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for printing.</source>
        <translation>无法打开打印机或 PDF 文件进行打印。</translation>
    </message>
    <message>
        <source>There is no page %1 in this profile.</source>
        <translation>本配置中没有第 %1 页。</translation>
    </message>
    <message>
        <source>A check needs the name of the person who made it.</source>
        <translation>抽检须填写抽检人姓名。</translation>
    </message>
    <message>
        <source>There is no case %1 in this profile.</source>
        <translation>本配置中没有案件 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation>扫描仪没有送出任何页面。</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the sign-in (%1); nothing was stored in its place.</source>
        <translation>系统密钥环无法保存登录信息（%1）；未以其他方式保存。</translation>
    </message>
    <message>
        <source>Not signed in to the server: run login first.</source>
        <translation>尚未登录服务器：请先运行 login。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2.</source>
        <translation>无法连接服务器 %1：%2。</translation>
    </message>
    <message>
        <source>The server answered %1: %2.</source>
        <translation>服务器返回 %1：%2。</translation>
    </message>
    <message>
        <source>The server does not accept this user name and password.</source>
        <translation>服务器不接受该用户名和密码。</translation>
    </message>
    <message>
        <source>The server session has expired: sign in again.</source>
        <translation>服务器会话已过期：请重新登录。</translation>
    </message>
    <message>
        <source>The page image %1 is missing from the profile.</source>
        <translation>配置中缺少页面图像 %1。</translation>
    </message>
    <message>
        <source>Sync was cancelled; it resumes where it stopped.</source>
        <translation>同步已取消；下次将从中断处继续。</translation>
    </message>
    <message>
        <source>The server found that page image %1 does not match its SHA-256.</source>
        <translation>服务器发现页面图像 %1 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>The server sent page image %1 with another SHA-256 (%2).</source>
        <translation>服务器发送的页面图像 %1 的 SHA-256 不符（%2）。</translation>
    </message>
    <message>
        <source>Only an archive administrator may publish templates.</source>
        <translation>只有档案管理员可以发布模板。</translation>
    </message>
    <message>
        <source>The other version cannot be taken here: keep the current one or edit the catalogue by hand.</source>
        <translation>此处无法采用另一版本：请保留当前版本，或手工修改编目。</translation>
    </message>
    <message>
        <source>The server %1 is not trusted (%2). Install the court&apos;s certificate authority, or sign in with --ca-file.</source>
        <translation>服务器 %1 不受信任（%2）。请安装本院的证书颁发机构，或用 --ca-file 登录。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>A %1 record&apos;s field &quot;%2&quot; is not valid: %3.</source>
        <translation>%1记录的字段“%2”无效：%3。</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>too long or with control characters</source>
        <translation>过长或含控制字符</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>含控制字符</translation>
    </message>
    <message>
        <source>not an integer in range</source>
        <translation>不是范围内的整数</translation>
    </message>
    <message>
        <source>not a number in range</source>
        <translation>不是范围内的数值</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>not an object or array</source>
        <translation>不是对象或数组</translation>
    </message>
    <message>
        <source>not an id</source>
        <translation>不是有效标识</translation>
    </message>
    <message>
        <source>not a SHA-256</source>
        <translation>不是 SHA-256</translation>
    </message>
    <message>
        <source>not an image format</source>
        <translation>不是允许的影像格式</translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation>不是允许的取值</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not the case number</source>
        <translation>与案号不符</translation>
    </message>
    <message>
        <source>not the dossier&apos;s id</source>
        <translation>与卷宗编号不符</translation>
    </message>
    <message>
        <source>not a template id</source>
        <translation>不是有效的模板标识</translation>
    </message>
    <message>
        <source>not a dossier of the case</source>
        <translation>不是本案的卷宗</translation>
    </message>
    <message>
        <source>a template has no case</source>
        <translation>模板不属于任何案件</translation>
    </message>
    <message>
        <source>not the conflict&apos;s id</source>
        <translation>与冲突记录标识不符</translation>
    </message>
    <message>
        <source>A record has the unknown kind &quot;%1&quot;.</source>
        <translation>记录的类型“%1”未知。</translation>
    </message>
    <message>
        <source>empty, too long or with control characters</source>
        <translation>为空、过长或含控制字符</translation>
    </message>
    <message>
        <source>not main or secondary</source>
        <translation>不是正卷（main）或副卷（secondary）</translation>
    </message>
    <message>
        <source>not a case number</source>
        <translation>不是有效案号</translation>
    </message>
    <message>
        <source>A %1 record of %2 KB is larger than allowed (%3 KB).</source>
        <translation>%1记录大小为 %2 KB，超过上限（%3 KB）。</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a page image name (a SHA-256 and jpg, png or tif).</source>
        <translation>“%1.%2”不是有效的页面影像名（应为 SHA-256 加 jpg、png 或 tif）。</translation>
    </message>
    <message>
        <source>The record has no revision.</source>
        <translation>该记录没有版本号。</translation>
    </message>
    <message>
        <source>The server does not give out the page image %1 (%2).</source>
        <translation>服务器不提供页面影像 %1（%2）。</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件材料</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>template</source>
        <translation>编目模板</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突记录</translation>
    </message>
    <message>
        <source>Its dossier %1 is not on this desk.</source>
        <translation>其所属卷宗 %1 尚未同步到本机。</translation>
    </message>
    <message>
        <source>Its document %1 is not on this desk.</source>
        <translation>其所属文件材料 %1 尚未同步到本机。</translation>
    </message>
    <message>
        <source>No profile is open for the batch.</source>
        <translation>批次没有已打开的配置文件夹。</translation>
    </message>
    <message>
        <source>The page was not processed.</source>
        <translation>该页未完成处理。</translation>
    </message>
    <message>
        <source>The schema migrations in %1 are unreadable or numbered with a gap (%2).</source>
        <translation>%1 中的数据库结构迁移文件无法读取或编号不连续（%2）。</translation>
    </message>
    <message>
        <source>The database was written by a newer version (schema %1; this program knows %2).</source>
        <translation>该数据库由更新的版本写入（结构版本 %1；本程序支持到 %2）。</translation>
    </message>
    <message>
        <source>Database migration %1, statement %2: %3.</source>
        <translation>数据库迁移 %1 第 %2 条语句失败：%3。</translation>
    </message>
    <message>
        <source>Page %1 is not a processed page of a document.</source>
        <translation>第 %1 页不是已处理完成的材料页。</translation>
    </message>
    <message>
        <source>not a name of at most 200 characters</source>
        <translation>不是不超过 200 个字符的姓名</translation>
    </message>
    <message>
        <source>not a UTC time</source>
        <translation>不是 UTC 时间</translation>
    </message>
    <message>
        <source>quality check review</source>
        <translation>质检复核</translation>
    </message>
    <message>
        <source>A check&apos;s reviewer name may have at most %1 characters, and its note at most %2.</source>
        <translation>抽检人姓名最多 %1 个字符，备注最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Its document %1 is in another case or volume.</source>
        <translation>其所复核的文件材料 %1 属于其他案件或其他卷。</translation>
    </message>
    <message>
        <source>Unknown note kind or status: %1.</source>
        <translation>未知的批注类型或状态：%1。</translation>
    </message>
    <message>
        <source>--box takes x,y,w,h in pixels, not &quot;%1&quot;.</source>
        <translation>--box 应为以像素计的 x,y,w,h，而不是“%1”。</translation>
    </message>
    <message>
        <source>The volume of case %1 has no page %2.</source>
        <translation>案件 %1 的案卷中没有第 %2 页。</translation>
    </message>
    <message>
        <source>The volume of case %1 could not be bound.</source>
        <translation>无法装订案件 %1 的案卷。</translation>
    </message>
    <message>
        <source>A note&apos;s field &quot;%1&quot; is not valid: %2.</source>
        <translation>批注的字段“%1”无效：%2。</translation>
    </message>
    <message>
        <source>too long or has control characters</source>
        <translation>过长或含有控制字符</translation>
    </message>
    <message>
        <source>too many tags</source>
        <translation>标签过多</translation>
    </message>
    <message>
        <source>a tag is empty, too long or not text</source>
        <translation>有标签为空、过长或不是文字</translation>
    </message>
    <message>
        <source>too many links</source>
        <translation>引用过多</translation>
    </message>
    <message>
        <source>a link is not a note&apos;s id</source>
        <translation>有引用不是批注编号</translation>
    </message>
    <message>
        <source>not a kind of note</source>
        <translation>不是批注类型</translation>
    </message>
    <message>
        <source>not a user&apos;s name</source>
        <translation>不是用户名</translation>
    </message>
    <message>
        <source>not a page&apos;s id</source>
        <translation>不是页面编号</translation>
    </message>
    <message>
        <source>a highlight, a box or a bookmark needs its page</source>
        <translation>高亮、框注和书签必须指明所在页面</translation>
    </message>
    <message>
        <source>not a region of its page</source>
        <translation>不是所在页面上的区域</translation>
    </message>
    <message>
        <source>not one of the note colours</source>
        <translation>不是批注可用的颜色</translation>
    </message>
    <message>
        <source>not a fact&apos;s status</source>
        <translation>不是待证事实的状态</translation>
    </message>
    <message>
        <source>only a fact to prove has a status</source>
        <translation>只有待证事实才有状态</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>The pages could not be written to %1.</source>
        <translation>无法将页面写入 %1。</translation>
    </message>
    <message>
        <source>The hearing outline could not be written to %1: %2</source>
        <translation>无法将庭审提纲写入 %1：%2</translation>
    </message>
    <message>
        <source>You have no note %1.</source>
        <translation>你没有编号为 %1 的批注。</translation>
    </message>
    <message>
        <source>Page %1 is not in a dossier of case %2.</source>
        <translation>第 %1 页不在案件 %2 的卷宗中。</translation>
    </message>
    <message>
        <source>Nothing to search for: the text has no letter or digit.</source>
        <translation>没有可检索的内容：文字中没有字母、汉字或数字。</translation>
    </message>
    <message>
        <source>a note has no volume</source>
        <translation>批注不属于任何卷</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>私人批注</translation>
    </message>
    <message>
        <source>It is a note of %1, not of the user signed in (%2).</source>
        <translation>这是 %1 的批注，不属于当前登录的用户（%2）。</translation>
    </message>
    <message>
        <source>Its page %1 is not on this desk.</source>
        <translation>其所在页面 %1 尚未同步到本机。</translation>
    </message>
    <message>
        <source>Its page %1 is in another case.</source>
        <translation>其所在页面 %1 属于另一案件。</translation>
    </message>
    <message>
        <source>%1 is not a case number.</source>
        <translation>%1 不是案号。</translation>
    </message>
    <message>
        <source>Only an archive administrator, or a chief of the court of %1, may give the case members.</source>
        <translation>只有档案管理员或 %1 所属法院的庭长、院领导才能为该案件分配成员。</translation>
    </message>
    <message>
        <source>You may not see the members of %1.</source>
        <translation>您无权查看 %1 的成员。</translation>
    </message>
    <message>
        <source>The server has no user called %1.</source>
        <translation>服务器上没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The server does not accept this relation: %1.</source>
        <translation>服务器不接受该关系：%1。</translation>
    </message>
    <message>
        <source>not a time, or a time to come</source>
        <translation>不是时间，或是未来的时间</translation>
    </message>
    <message>
        <source>The holiday calendar is not valid at %1: %2.</source>
        <translation>节假日日历在 %1 处无效：%2。</translation>
    </message>
    <message>
        <source>missing, or not a date of the form YYYY-MM-DD</source>
        <translation>缺失，或不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>the date is not in the calendar&apos;s year</source>
        <translation>日期不在该日历的年份内</translation>
    </message>
    <message>
        <source>missing, empty or too long</source>
        <translation>缺失、为空或过长</translation>
    </message>
    <message>
        <source>the holiday ends before it starts</source>
        <translation>假期的结束日早于开始日</translation>
    </message>
    <message>
        <source>the holiday is longer than 15 days</source>
        <translation>假期超过 15 天</translation>
    </message>
    <message>
        <source>missing, empty or not a list</source>
        <translation>缺失、为空或不是列表</translation>
    </message>
    <message>
        <source>too many entries</source>
        <translation>条目过多</translation>
    </message>
    <message>
        <source>a working day must be a Saturday or a Sunday</source>
        <translation>调休上班日必须是星期六或星期日</translation>
    </message>
    <message>
        <source>the day is both a holiday and a working day</source>
        <translation>该日既是假日又是调休上班日</translation>
    </message>
    <message>
        <source>missing, or not a year from 2000 to 2100</source>
        <translation>缺失，或不是 2000 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>not a text of at most 200 characters</source>
        <translation>不是不超过 200 个字符的文本</translation>
    </message>
    <message>
        <source>The holiday calendar is too large: %1 bytes (at most %2).</source>
        <translation>节假日日历过大：%1 字节（最多 %2）。</translation>
    </message>
    <message>
        <source>The holiday calendar is not JSON: %1.</source>
        <translation>节假日日历不是 JSON：%1。</translation>
    </message>
    <message>
        <source>A movement of paper needs an id of at most 64 characters.</source>
        <translation>卷宗流转记录需要不超过 64 个字符的标识。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (案号).</source>
        <translation>“%1”不是案号。</translation>
    </message>
    <message>
        <source>A movement of paper needs the time it happened.</source>
        <translation>卷宗流转记录需要发生时间。</translation>
    </message>
    <message>
        <source>A movement of paper has a field that is not valid text.</source>
        <translation>卷宗流转记录中有字段不是有效文本。</translation>
    </message>
    <message>
        <source>A movement of paper needs who recorded it.</source>
        <translation>卷宗流转记录需要登记人。</translation>
    </message>
    <message>
        <source>A count of volumes must be 0 to %1, and of items at most %2.</source>
        <translation>册数须在 0 至 %1 之间，物品最多 %2 件。</translation>
    </message>
    <message>
        <source>An item of paper needs a name.</source>
        <translation>随卷物品需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shelf place: zone-rack-shelf-box, such as A-03-2-15.</source>
        <translation>“%1”不是有效架位：应为 区-架-层-格，如 A-03-2-15。</translation>
    </message>
    <message>
        <source>A check-in needs the number of volumes.</source>
        <translation>入库需要填写册数。</translation>
    </message>
    <message>
        <source>A loan needs a borrower and a due date.</source>
        <translation>借阅需要借阅人和应归还日期。</translation>
    </message>
    <message>
        <source>The due date %1 is before the loan.</source>
        <translation>应归还日期 %1 早于借出日期。</translation>
    </message>
    <message>
        <source>A check-out needs a reason: offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation>出库需要事由：offline_trial、evidence_return、appeal_transfer 或 archive_room。</translation>
    </message>
    <message>
        <source>A check-out for an offline trial needs the approval&apos;s reference.</source>
        <translation>因线下庭审出库需要审批文号。</translation>
    </message>
    <message>
        <source>Returning original evidence needs the name of who receives it.</source>
        <translation>退还证据原件需要接收人姓名。</translation>
    </message>
    <message>
        <source>A supplement adds volumes or items.</source>
        <translation>补充入库需要增加册数或物品。</translation>
    </message>
    <message>
        <source>The paper of %1 is already checked in (%2): record a supplement or a return instead.</source>
        <translation>%1 的纸质卷宗已入库（%2）：请登记补充或归还。</translation>
    </message>
    <message>
        <source>The paper of %1 is not in the warehouse (%2).</source>
        <translation>%1 的纸质卷宗不在库（%2）。</translation>
    </message>
    <message>
        <source>The paper of %1 cannot leave: it is not in the warehouse (%2).</source>
        <translation>%1 的纸质卷宗不能出借或出库：不在库（%2）。</translation>
    </message>
    <message>
        <source>The paper of %1 is not lent (%2): nothing to return.</source>
        <translation>%1 的纸质卷宗未借出（%2）：无需归还。</translation>
    </message>
    <message>
        <source>The paper of %1 is not lent (%2): nothing to recall.</source>
        <translation>%1 的纸质卷宗未借出（%2）：无需催还。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a case label nor a case number (案号).</source>
        <translation>“%1”既不是案件标签也不是案号。</translation>
    </message>
    <message>
        <source>A bulk move goes from one place to another of the same kind (&quot;%1&quot; → &quot;%2&quot;).</source>
        <translation>整体移位须在同级位置之间进行（“%1” → “%2”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case event: %2.</source>
        <translation>“%1”不是案件节点：%2。</translation>
    </message>
    <message>
        <source>A case event needs its date, no later than today (%1).</source>
        <translation>案件节点需要日期，且不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>A loan request needs who asks for the paper.</source>
        <translation>借阅申请需要申请人。</translation>
    </message>
    <message>
        <source>it has no volume</source>
        <translation>该记录不属于任何卷</translation>
    </message>
    <message>
        <source>not a year</source>
        <translation>不是年份</translation>
    </message>
    <message>
        <source>a calendar has no case and no volume</source>
        <translation>节假日日历不属于任何案件或卷</translation>
    </message>
    <message>
        <source>not the record&apos;s year</source>
        <translation>与记录的年份不符</translation>
    </message>
    <message>
        <source>movement of paper</source>
        <translation>卷宗流转</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>案件节点</translation>
    </message>
    <message>
        <source>holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>a record of this kind is never deleted</source>
        <translation>此类记录不可删除</translation>
    </message>
    <message>
        <source>A case event needs an id of at most 64 characters.</source>
        <translation>案件节点记录需要不超过 64 个字符的标识。</translation>
    </message>
    <message>
        <source>A case event needs the time it was recorded.</source>
        <translation>案件节点记录需要登记时间。</translation>
    </message>
    <message>
        <source>A case event needs its date, no later than the day it was recorded.</source>
        <translation>案件节点需要日期，且不能晚于登记当日。</translation>
    </message>
    <message>
        <source>A case event needs who recorded it.</source>
        <translation>案件节点记录需要登记人。</translation>
    </message>
    <message>
        <source>Only an archive administrator may publish the holiday calendar.</source>
        <translation>只有档案管理员才能发布节假日日历。</translation>
    </message>
    <message>
        <source>Template %1: an item&apos;s code &quot;%2&quot; is not a code (a-z, 0-9, _).</source>
        <translation>模板 %1：条目代码“%2”不是有效代码（a-z、0-9、_）。</translation>
    </message>
    <message>
        <source>Template %1: item %2 has no name, or one too long.</source>
        <translation>模板 %1：条目 %2 没有名称或名称过长。</translation>
    </message>
    <message>
        <source>Template %1: item %2 belongs to no volume (main, secondary or all).</source>
        <translation>模板 %1：条目 %2 未指定所属卷（main、secondary 或 all）。</translation>
    </message>
    <message>
        <source>Template %1: the titles or keywords of item %2 are not a list of short texts.</source>
        <translation>模板 %1：条目 %2 的标题或关键词不是短文本列表。</translation>
    </message>
    <message>
        <source>Template %1: a migration step (%2) is not well formed: rename takes one code to one, split one to several, merge several to one, move one code to a volume, retire one code (to another).</source>
        <translation>模板 %1：迁移步骤（%2）格式不正确：更名为一对一，拆分为一对多，合并为多对一，移卷为一个代码移到某卷，停用为一个代码（可并入另一个）。</translation>
    </message>
    <message>
        <source>Template %1: a migration must go from an earlier version to a later one, no later than this version.</source>
        <translation>模板 %1：迁移必须从较早版本到较晚版本，且不晚于本版本。</translation>
    </message>
    <message>
        <source>Template %1: the code %2 is used twice.</source>
        <translation>模板 %1：代码 %2 重复使用。</translation>
    </message>
    <message>
        <source>Template %1 names the item %2, which it does not have.</source>
        <translation>模板 %1 引用了不存在的条目 %2。</translation>
    </message>
    <message>
        <source>Template %1: a migration step leads to the item %2, which this version does not have.</source>
        <translation>模板 %1：迁移步骤指向本版本中不存在的条目 %2。</translation>
    </message>
    <message>
        <source>Template %1: its id, version (1 or more), name, former ids or case types are not valid.</source>
        <translation>模板 %1：标识、版本（不小于 1）、名称、旧标识或案件类型无效。</translation>
    </message>
    <message>
        <source>Template %1 has no items, or too many.</source>
        <translation>模板 %1 没有条目或条目过多。</translation>
    </message>
    <message>
        <source>Template %1: its migrations are not in version order.</source>
        <translation>模板 %1：迁移未按版本顺序排列。</translation>
    </message>
    <message>
        <source>not the record&apos;s template and version</source>
        <translation>与记录的模板和版本不符</translation>
    </message>
    <message>
        <source>template release</source>
        <translation>模板发布范围</translation>
    </message>
    <message>
        <source>The migration from version %1 to %2, published with version %3, is missing or changed: published migrations stay as they are.</source>
        <translation>随第 %3 版发布的第 %1 版到第 %2 版的迁移缺失或被修改：已发布的迁移不得更改。</translation>
    </message>
    <message>
        <source>The new migration starts from version %1, but the last published version is %2.</source>
        <translation>新迁移从第 %1 版开始，但最新发布的是第 %2 版。</translation>
    </message>
    <message>
        <source>Documents of %1 (%2) catalogued with version %3 would have no type: add a rename, merge, split or retire step for it.</source>
        <translation>按第 %3 版编目的“%1”（%2）文件将失去类型：请为其添加更名、合并、拆分或停用步骤。</translation>
    </message>
    <message>
        <source>%1 (%2) goes from %3 to %4: add a move step, so that desks move its documents.</source>
        <translation>“%1”（%2）从%3改到%4：请添加移卷步骤，以便各工作站移动其文件。</translation>
    </message>
    <message>
        <source>The titles or keywords of %1 changed: new batches are classified by them; dossiers already catalogued keep their types unless they are processed again.</source>
        <translation>“%1”的标题或关键词已更改：新批次按其分类；已编目的卷宗保留原类型，除非重新处理。</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not newer than the published version %3: versions increase.</source>
        <translation>%2 的第 %1 版不比已发布的第 %3 版新：版本号必须递增。</translation>
    </message>
    <message>
        <source>A version of %1 is checked against %2.</source>
        <translation>%1 的版本不能与 %2 的版本比较。</translation>
    </message>
    <message>
        <source>The release of template %1 is not valid: it names a version (1 or more), the version the others keep, and accounts or court codes.</source>
        <translation>模板 %1 的发布范围无效：应包含版本（不小于 1）、其他工作站保留的版本，以及账号或法院代码。</translation>
    </message>
    <message>
        <source>Version %1 of template %2 arrived with other contents than the one held: a published version never changes, the one held is kept.</source>
        <translation>收到的模板 %2 第 %1 版与本机持有的内容不同：已发布的版本不会改变，保留本机持有的版本。</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>服务器拒绝了该模板：%1</translation>
    </message>
    <message>
        <source>There is no volume &quot;%1&quot; (main or secondary).</source>
        <translation>没有“%1”这一卷（应为 main 或 secondary）。</translation>
    </message>
    <message>
        <source>There is no document %1 in this profile.</source>
        <translation>本配置中没有文件 %1。</translation>
    </message>
    <message>
        <source>The draft has no item %1.</source>
        <translation>草稿中没有条目 %1。</translation>
    </message>
    <message>
        <source>The draft of %1 was made from another version than the newest published one (%2): it is set aside, and a new draft starts from version %2.</source>
        <translation>%1 的草稿是从另一个版本（不是最新发布的第 %2 版）编辑的：已搁置，新的草稿从第 %2 版开始。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: a small letter first, then small letters, digits or _ (64 at most).</source>
        <translation>“%1”不是有效代码：以小写字母开头，其后为小写字母、数字或 _（最多 64 个）。</translation>
    </message>
    <message>
        <source>The draft already has an item %1.</source>
        <translation>草稿中已有条目 %1。</translation>
    </message>
    <message>
        <source>%1 was the code of another item in version %2: documents of that item would be taken for this one. Choose another code.</source>
        <translation>%1 是第 %2 版中另一条目的代码：该条目的文件会被当成本条目。请换一个代码。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be removed: the template sends unrecognised documents or evidence to it.</source>
        <translation>%1（%2）不能删除：模板把无法识别的文件或证据归入它。</translation>
    </message>
    <message>
        <source>Choose another item of the draft to take the documents of %1.</source>
        <translation>请选择草稿中的另一条目来接收 %1 的文件。</translation>
    </message>
    <message>
        <source>%1 stays where it is: an item of every volume, or a volume&apos;s fallback, does not move.</source>
        <translation>%1 不能移动：各卷共有的条目或某卷的兜底条目不移动。</translation>
    </message>
    <message>
        <source>There is no volume %1 in this profile.</source>
        <translation>本档案中没有卷 %1。</translation>
    </message>
    <message>
        <source>Not signed in to the server: sign in with F8 (sync) first.</source>
        <translation>未登录服务器：请先按 F8（同步）登录。</translation>
    </message>
    <message>
        <source>Document %1 is not in this volume.</source>
        <translation>文件材料 %1 不在本卷中。</translation>
    </message>
    <message>
        <source>This document is in that volume already.</source>
        <translation>该文件材料已在那一卷中。</translation>
    </message>
    <message>
        <source>The profile has no audit desk id (settings audit.desk_id).</source>
        <translation>本配置没有审计工作站编号（settings 中的 audit.desk_id）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not what the protocol says (%1).</source>
        <translation>服务器的答复不符合协议（%1）。</translation>
    </message>
    <message>
        <source>The server refused this desk&apos;s audit log: its history differs from what was synced before (%1). Nothing was sent or deleted; ask the archive administrator to run dossier-cli audit verify on this desk.</source>
        <translation>服务器拒绝了本工作站的审计日志：其历史与此前同步的不一致（%1）。未发送也未删除任何数据；请档案管理员在本工作站运行 dossier-cli audit verify。</translation>
    </message>
    <message>
        <source>The server keeps this desk&apos;s audit log under another user: sign in as the desk&apos;s user to sync it.</source>
        <translation>服务器将本工作站的审计日志记在另一用户名下：请以本工作站的用户登录后再同步。</translation>
    </message>
    <message>
        <source>The server does not record audit chains.</source>
        <translation>服务器不记录审计链。</translation>
    </message>
    <message>
        <source>At most eight alternate servers can be named.</source>
        <translation>最多可指定八台备用服务器。</translation>
    </message>
    <message>
        <source>%1 is not the address of a server (http:// or https://).</source>
        <translation>%1 不是服务器地址（应为 http:// 或 https://）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: nothing answers there (the connection was refused).</source>
        <translation>无法连接服务器 %1：该地址没有服务在运行（连接被拒绝）。</translation>
    </message>
</context>
<context>
    <name>Dossier::FormPrinter</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No case number given.</source>
        <translation>未填写案号。</translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation>卷宗分隔页</translation>
    </message>
    <message>
        <source>Case labels</source>
        <translation>案件标签</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Print &amp;separator sheets…</source>
        <translation>打印分隔页(&amp;S)…</translation>
    </message>
    <message>
        <source>Print case &amp;labels…</source>
        <translation>打印案件标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Case numbers (案号), one a line:</source>
        <translation>案号（每行一个）：</translation>
    </message>
</context>
<context>
    <name>Dossier::HolidayPanel</name>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>the notice it is taken from (国务院办公厅 2026-11-…)</source>
        <translation>所依据的通知（国务院办公厅 2026-11-…）</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Changes from the calendar desks hold now:</source>
        <translation>与各工作站现有日历相比的变化：</translation>
    </message>
    <message>
        <source>Publish this year to every desk…</source>
        <translation>将本年度发布到所有工作站…</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>放假首日</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>放假末日</translation>
    </message>
    <message>
        <source>Weekend day worked (调休上班)</source>
        <translation>调休上班的周末日</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加节日</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>删除节日</translation>
    </message>
    <message>
        <source>Add working day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <source>Remove working day</source>
        <translation>删除调休上班日</translation>
    </message>
    <message>
        <source>+ %1 %2</source>
        <translation>+ %1 %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1：%2 → %3</translation>
    </message>
    <message>
        <source>− %1 %2</source>
        <translation>− %1 %2</translation>
    </message>
    <message>
        <source>+ working day %1</source>
        <translation>+ 调休上班 %1</translation>
    </message>
    <message>
        <source>− working day %1</source>
        <translation>− 调休上班 %1</translation>
    </message>
    <message>
        <source>~ source: %1</source>
        <translation>~ 来源：%1</translation>
    </message>
    <message>
        <source>No desk holds a calendar of %1 yet: fill in the days of each holiday from the State Council&apos;s notice.</source>
        <translation>各工作站尚无 %1 年的日历：请按国务院通知填写各节日的日期。</translation>
    </message>
    <message>
        <source>Valid. Desks hold a calendar of %1 now; publishing replaces it.</source>
        <translation>有效。各工作站现有 %1 年的日历，发布后将被替换。</translation>
    </message>
    <message>
        <source>Valid. Desks hold no calendar of %1 yet: its deadlines are uncertain until it is published.</source>
        <translation>有效。各工作站尚无 %1 年的日历：发布前该年的期限均不确定。</translation>
    </message>
    <message>
        <source>Publish the holiday calendar</source>
        <translation>发布节假日日历</translation>
    </message>
    <message>
        <source>Publish the calendar of %1 to every desk? The statutory periods of every 中间库 desk are counted on it from their next sync.</source>
        <translation>将 %1 年的日历发布到所有工作站？各中间库工作站自下次同步起按它计算法定期限。</translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <source>Dossier Workstation</source>
        <translation>电子卷宗工作站</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import scanned pages</source>
        <translation>导入扫描页</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import a folder of scanned pages</source>
        <translation>导入扫描页文件夹</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Pages of this batch</source>
        <translation>本批页面</translation>
    </message>
    <message>
        <source>%1 pages/min, about %2 s left</source>
        <translation>每分钟 %1 页，约剩 %2 秒</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Hot folder: %n new file(s).</source>
        <translation>
            <numerusform>监视文件夹：%n 个新文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>页面(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>卷宗(&amp;D)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Records changed on two desks while offline: review them (Ctrl+Shift+F8).</source>
        <translation>离线时在两台电脑上都被修改的记录：请查看处理（Ctrl+Shift+F8）。</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to review</source>
        <translation>
            <numerusform>%n 个同步冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile %1 cannot be opened: %2</source>
        <translation>无法打开配置文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Who is scanning?</source>
        <translation>谁在扫描？</translation>
    </message>
    <message>
        <source>Your name, recorded as 扫描人 (who digitised the pages) on every page of this desk.
It can be changed in the settings (Ctrl+,).</source>
        <translation>请输入您的姓名，它将作为“扫描人”记录在本工作站扫描的每一页上。
可在设置中修改（Ctrl+,）。</translation>
    </message>
    <message>
        <source>Nothing was started: the name of the person scanning is needed.</source>
        <translation>未开始：需要填写扫描人姓名。</translation>
    </message>
    <message>
        <source>扫描人: %1</source>
        <translation>扫描人：%1</translation>
    </message>
    <message>
        <source>Reader…</source>
        <translation>阅卷…</translation>
    </message>
    <message>
        <source>Dossier reader</source>
        <translation>电子阅卷</translation>
    </message>
    <message>
        <source>%1 is signed in as a reader of cases: the reader opens in place of the scan station and its catalogue tools.</source>
        <translation>%1 以阅卷人身份登录：将打开阅卷界面，不再显示扫描工作站及其编目工具。</translation>
    </message>
    <message>
        <source>Intermediate warehouse…</source>
        <translation>中间库…</translation>
    </message>
    <message>
        <source>&amp;Templates and calendar…</source>
        <translation>模板与日历(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Dossier::Movement</name>
    <message>
        <source>check-in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>supplement</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>move</source>
        <translation>移位</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>催还</translation>
    </message>
    <message>
        <source>offline trial</source>
        <translation>线下庭审</translation>
    </message>
    <message>
        <source>return of original evidence</source>
        <translation>退还证据原件</translation>
    </message>
    <message>
        <source>appeal transfer</source>
        <translation>上诉移送</translation>
    </message>
    <message>
        <source>to the archive room</source>
        <translation>移交档案室</translation>
    </message>
    <message>
        <source>loan request</source>
        <translation>借阅申请</translation>
    </message>
</context>
<context>
    <name>Dossier::MovementDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>册数：</translation>
    </message>
    <message>
        <source>Volumes added:</source>
        <translation>增加册数：</translation>
    </message>
    <message>
        <source>Items (comma-separated):</source>
        <translation>随卷物品（逗号分隔）：</translation>
    </message>
    <message>
        <source>证据原件, 光盘 …</source>
        <translation>证据原件, 光盘 …</translation>
    </message>
    <message>
        <source>New place:</source>
        <translation>新架位：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>架位：</translation>
    </message>
    <message>
        <source>zone-rack-shelf-box, e.g. A-03-2-15</source>
        <translation>区-架-层-格，如 A-03-2-15</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借阅人：</translation>
    </message>
    <message>
        <source>To (recipient or destination):</source>
        <translation>交付（接收人或去向）：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>应还日期：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Approval reference:</source>
        <translation>审批文号：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Count the paper against the electronic dossier (%1 volumes, %2 pages): untick what is missing.</source>
        <translation>与电子卷宗核对（%1 册，%2 页）：取消勾选缺少的材料。</translation>
    </message>
    <message>
        <source>Sheets counted:</source>
        <translation>清点页数：</translation>
    </message>
    <message>
        <source>Print the case label (一案一码)</source>
        <translation>打印案件标签（一案一码）</translation>
    </message>
</context>
<context>
    <name>Dossier::Note</name>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>框注</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Dispute focus</source>
        <translation>争议焦点</translation>
    </message>
    <message>
        <source>Fact to prove</source>
        <translation>待证事实</translation>
    </message>
    <message>
        <source>Question for the hearing</source>
        <translation>法庭询问要点</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation>无争议</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>To be checked</source>
        <translation>待查</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>Dossier::NoteDialog</name>
    <message>
        <source>Quoted</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Dossier::OfdExporter</name>
    <message>
        <source>%1 refers to an external resource (%2).</source>
        <translation>%1 引用了外部资源（%2）。</translation>
    </message>
    <message>
        <source>%1 is missing or damaged: %2</source>
        <translation>%1 缺失或已损坏：%2</translation>
    </message>
    <message>
        <source>The package entry %1 points outside the package.</source>
        <translation>包内条目 %1 指向包外。</translation>
    </message>
    <message>
        <source>The package has no OFD.xml.</source>
        <translation>包中缺少 OFD.xml。</translation>
    </message>
    <message>
        <source>OFD.xml&apos;s root element is not OFD.</source>
        <translation>OFD.xml 的根元素不是 OFD。</translation>
    </message>
    <message>
        <source>OFD.xml has no Version.</source>
        <translation>OFD.xml 缺少 Version。</translation>
    </message>
    <message>
        <source>OFD.xml is not well-formed XML: %1</source>
        <translation>OFD.xml 不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>The document type is &quot;%1&quot;, not OFD-A (GB/T 42133).</source>
        <translation>文档类型为“%1”，不是 OFD-A（GB/T 42133）。</translation>
    </message>
    <message>
        <source>OFD.xml names no DocRoot.</source>
        <translation>OFD.xml 未指定 DocRoot。</translation>
    </message>
    <message>
        <source>Document.xml is not well-formed XML: %1</source>
        <translation>Document.xml 不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>Document.xml has no MaxUnitID.</source>
        <translation>Document.xml 缺少 MaxUnitID。</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>文档没有页面。</translation>
    </message>
    <message>
        <source>The resource file %1 is missing from the package.</source>
        <translation>包中缺少资源文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2</source>
        <translation>%1 不是格式正确的 XML：%2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1&apos;s size (%2 × %3) is not in millimetres.</source>
        <translation>第 %1 页的尺寸（%2 × %3）不是以毫米为单位。</translation>
    </message>
    <message>
        <source>Page %1 shows an image whose resource is not declared.</source>
        <translation>第 %1 页显示的图像未声明资源。</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not in a Background layer.</source>
        <translation>第 %1 页的图像不在背景层（Background）中。</translation>
    </message>
    <message>
        <source>Page %1 has text in a font that is not declared.</source>
        <translation>第 %1 页的文字使用了未声明的字体。</translation>
    </message>
    <message>
        <source>Page %1 has text outside the Body layer.</source>
        <translation>第 %1 页有文字不在正文层（Body）中。</translation>
    </message>
    <message>
        <source>Page %1 draws visible text over its scanned image (the text layer must have Fill=&quot;false&quot;).</source>
        <translation>第 %1 页在扫描图像上绘制了可见文字（文字层必须设置 Fill=&quot;false&quot;）。</translation>
    </message>
    <message>
        <source>An object has no valid ID.</source>
        <translation>有对象缺少有效的 ID。</translation>
    </message>
    <message>
        <source>The ID %1 is used more than once.</source>
        <translation>ID %1 被重复使用。</translation>
    </message>
    <message>
        <source>The ID %1 is above MaxUnitID %2.</source>
        <translation>ID %1 超过了 MaxUnitID %2。</translation>
    </message>
    <message>
        <source>A resource file</source>
        <translation>资源文件</translation>
    </message>
    <message>
        <source>Resource file</source>
        <translation>资源文件</translation>
    </message>
    <message>
        <source>The image %1 is not in its declared format %2.</source>
        <translation>图像 %1 不是其声明的 %2 格式。</translation>
    </message>
</context>
<context>
    <name>Dossier::OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的批注</translation>
    </message>
    <message>
        <source>This desk has no cases yet. Sync (F8) to receive the cases you are a member of.</source>
        <translation>本工作站还没有案件。请同步（F8）以接收你参与的案件。</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <source>No case %1 on this desk. Sync (F8) if it was given to you recently.</source>
        <translation>本工作站没有案件 %1。如该案是最近分给你的，请先同步（F8）。</translation>
    </message>
    <message>
        <source>Type a case number or part of it, a party or a cause — or scan the case label (or show it to the camera: F6)</source>
        <translation>输入案号或其一部分、当事人或案由，或扫描案件标签（也可在摄像头前出示：F6）</translation>
    </message>
</context>
<context>
    <name>Dossier::PaperState</name>
    <message>
        <source>in the warehouse</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>未入库</translation>
    </message>
</context>
<context>
    <name>Dossier::PdfaExporter</name>
    <message>
        <source>The file is encrypted.</source>
        <translation>文件已加密。</translation>
    </message>
    <message>
        <source>The trailer has no file identifier (ID).</source>
        <translation>文件尾缺少文件标识符（ID）。</translation>
    </message>
    <message>
        <source>The catalogue has no XMP metadata stream.</source>
        <translation>文档目录缺少 XMP 元数据流。</translation>
    </message>
    <message>
        <source>The XMP metadata does not declare PDF/A part 2 (pdfaid:part).</source>
        <translation>XMP 元数据未声明 PDF/A 第 2 部分（pdfaid:part）。</translation>
    </message>
    <message>
        <source>The XMP metadata does not declare conformance level U (pdfaid:conformance).</source>
        <translation>XMP 元数据未声明 U 级符合性（pdfaid:conformance）。</translation>
    </message>
    <message>
        <source>There is no PDF/A OutputIntent with an embedded ICC profile.</source>
        <translation>缺少嵌入 ICC 特性文件的 PDF/A 输出意图（OutputIntent）。</translation>
    </message>
    <message>
        <source>The document runs an action when opened.</source>
        <translation>文档打开时会执行动作。</translation>
    </message>
    <message>
        <source>The document contains JavaScript.</source>
        <translation>文档含有 JavaScript。</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>文档没有页面。</translation>
    </message>
    <message>
        <source>The document refers to an external resource or program (%1 action).</source>
        <translation>文档引用了外部资源或程序（%1 动作）。</translation>
    </message>
    <message>
        <source>The document refers to an external file.</source>
        <translation>文档引用了外部文件。</translation>
    </message>
    <message>
        <source>A stream uses LZW compression, which PDF/A forbids.</source>
        <translation>有数据流使用了 PDF/A 禁止的 LZW 压缩。</translation>
    </message>
    <message>
        <source>A font is not embedded.</source>
        <translation>有字体未嵌入。</translation>
    </message>
    <message>
        <source>A font has no ToUnicode map, so its text cannot be copied as Unicode.</source>
        <translation>有字体缺少 ToUnicode 映射，其文字无法作为 Unicode 复制。</translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation>文件结构已损坏：%1</translation>
    </message>
</context>
<context>
    <name>Dossier::QcDialog</name>
    <message>
        <source>Quality check — %1</source>
        <translation>质量检查 — %1</translation>
    </message>
    <message>
        <source>Automatic checks (every page)</source>
        <translation>自动检查（逐页）</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>What does not match (required when rejecting)</source>
        <translation>不符之处（判为不符时必填）</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>相符(&amp;M)</translation>
    </message>
    <message>
        <source>Does &amp;not match</source>
        <translation>不符(&amp;N)</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>复核人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Sample for a second person (≥5% of the documents):</source>
        <translation>由第二人复核的抽检样本（不少于 5% 的文件）：</translation>
    </message>
    <message>
        <source>&amp;Submit for archiving</source>
        <translation>提交归档(&amp;S)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 · dossier %2 · %3 documents, %4 numbered pages · scanned by %5</source>
        <translation>%1 · 卷宗 %2 · %3 件文件，%4 个编号页 · 扫描人 %5</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>%1 已确认相符</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>%1 判为不符：%2</translation>
    </message>
    <message>
        <source>%1. %2 (pages %3–%4) — %5</source>
        <translation>%1. %2（第 %3–%4 页）— %5</translation>
    </message>
    <message>
        <source>卷内目录 row %1: %2 · type %3 · pages %4–%5
Page %6 of %7 of this document (volume page %8)</source>
        <translation>卷内目录第 %1 行：%2 · 类型 %3 · 第 %4–%5 页
本文件第 %6 页，共 %7 页（卷内页号 %8）</translation>
    </message>
    <message>
        <source>unnumbered</source>
        <translation>未编号</translation>
    </message>
    <message>
        <source>Say what does not match before rejecting.</source>
        <translation>判为不符前，请写明不符之处。</translation>
    </message>
    <message>
        <source>Submitted on %1. Submitting again writes the package anew.</source>
        <translation>已于 %1 提交。再次提交将重新生成归档包。</translation>
    </message>
    <message>
        <source>All checks hold: the dossier can be submitted.</source>
        <translation>全部检查通过：可以提交该卷宗。</translation>
    </message>
    <message>
        <source>Not ready to submit:
• %1</source>
        <translation>尚不能提交：
• %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the archive package…</source>
        <translation>正在生成归档包…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>无法生成归档包：%1</translation>
    </message>
    <message>
        <source>Submitted. The package is in %1, with %2 verified copies: archived.</source>
        <translation>已提交。归档包位于 %1，已有 %2 份经校验的备份：已归档。</translation>
    </message>
    <message>
        <source>Submitted. The package is in %1; %2 verified copies (three are needed to count as archived — add backup folders in the settings).</source>
        <translation>已提交。归档包位于 %1；已有 %2 份经校验的备份（需三份才算归档——请在设置中添加备份文件夹）。</translation>
    </message>
    <message>
        <source>Name of the second person</source>
        <translation>第二人姓名</translation>
    </message>
    <message>
        <source>Reading the dossier…</source>
        <translation>正在读取卷宗…</translation>
    </message>
    <message>
        <source>Show in the &amp;tree</source>
        <translation>在目录树中显示(&amp;T)</translation>
    </message>
    <message>
        <source>Re-&amp;scan this page</source>
        <translation>重新扫描此页(&amp;S)</translation>
    </message>
    <message>
        <source>Enter shows the page; the buttons below take you to it or re-scan it.</source>
        <translation>回车显示该页；下方按钮可转到该页或重新扫描。</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>检查发现：%1</translation>
    </message>
</context>
<context>
    <name>Dossier::QualityCheck</name>
    <message>
        <source>unnumbered page (id %1)</source>
        <translation>未编号页（编号 %1）</translation>
    </message>
    <message>
        <source>Every page of the case was read</source>
        <translation>本案所有页面均已读取</translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation>%1 无法读取（%2）</translation>
    </message>
    <message>
        <source>Resolution at least 300 dpi</source>
        <translation>分辨率不低于 300 dpi</translation>
    </message>
    <message>
        <source>Pages with colour (seals, photos) scanned in colour</source>
        <translation>含彩色内容（印章、照片）的页面按彩色扫描</translation>
    </message>
    <message>
        <source>Pages straight</source>
        <translation>页面端正无倾斜</translation>
    </message>
    <message>
        <source>Text recognised with good confidence</source>
        <translation>文字识别可信度良好</translation>
    </message>
    <message>
        <source>One master format in the volume</source>
        <translation>同一卷内影像格式一致</translation>
    </message>
    <message>
        <source>Every document has a type and pages</source>
        <translation>每件文件材料均有类型和页面</translation>
    </message>
    <message>
        <source>%1: %2 dpi</source>
        <translation>%1：%2 dpi</translation>
    </message>
    <message>
        <source>%1 has colour content but was scanned in %2</source>
        <translation>%1 含彩色内容，但按 %2 扫描</translation>
    </message>
    <message>
        <source>%1 is still skewed</source>
        <translation>%1 仍有倾斜</translation>
    </message>
    <message>
        <source>%1: low recognition confidence</source>
        <translation>%1：识别可信度低</translation>
    </message>
    <message>
        <source>%1 is in another file format than the rest</source>
        <translation>%1的文件格式与其他页不同</translation>
    </message>
    <message>
        <source>document %1 has no type</source>
        <translation>第 %1 件文件材料没有类型</translation>
    </message>
    <message>
        <source>document %1 has no numbered page</source>
        <translation>第 %1 件文件材料没有编号页面</translation>
    </message>
    <message>
        <source>Automatic check failed: %1</source>
        <translation>自动检查未通过：%1</translation>
    </message>
    <message>
        <source>Document %1 of the sample is not checked yet</source>
        <translation>抽检样本中的第 %1 件尚未检查</translation>
    </message>
    <message>
        <source>Document %1 does not match its images: %2</source>
        <translation>第 %1 件与其影像不符：%2</translation>
    </message>
    <message>
        <source>Document %1 was checked by the person who scanned it</source>
        <translation>第 %1 件由扫描人本人检查，须由他人抽检</translation>
    </message>
    <message>
        <source>%1, page %2 (volume page %3)</source>
        <translation>%1 第 %2 页（卷内第 %3 页）</translation>
    </message>
    <message>
        <source>%1, page %2 (unnumbered)</source>
        <translation>%1 第 %2 页（未编页号）</translation>
    </message>
    <message>
        <source>volume page %1</source>
        <translation>卷内第 %1 页</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderNotesPanel</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>阅卷笔记</translation>
    </message>
    <message>
        <source>page no longer in the volume</source>
        <translation>该页已不在案卷中</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>+ Dispute focus</source>
        <translation>+ 争议焦点</translation>
    </message>
    <message>
        <source>+ Fact to prove</source>
        <translation>+ 待证事实</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ 询问要点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cited pages</source>
        <translation>引用页</translation>
    </message>
    <message>
        <source>Cite the chosen annotation</source>
        <translation>引用所选批注</translation>
    </message>
    <message>
        <source>Links the annotation chosen in the Annotations list to this reading note</source>
        <translation>把“批注”列表中选中的批注链接到这条阅卷笔记</translation>
    </message>
    <message>
        <source>Choose a reading note first, then the annotation to cite in the Annotations list.</source>
        <translation>请先选择一条阅卷笔记，再在“批注”列表中选择要引用的批注。</translation>
    </message>
    <message>
        <source>Choose the annotation to cite in the Annotations list.</source>
        <translation>请在“批注”列表中选择要引用的批注。</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderSearchPanel</name>
    <message>
        <source>Search the pages (Ctrl+F)</source>
        <translation>检索卷内页面（Ctrl+F）</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>本案</translation>
    </message>
    <message>
        <source>All my cases</source>
        <translation>我的全部案件</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一处</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一处 ▶</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>unnumbered page</source>
        <translation>未编号页</translation>
    </message>
    <message numerus="yes">
        <source>… %n more page(s): press F3 past the last hit to read them</source>
        <translation>
            <numerusform>… 另有 %n 页：在最后一处之后按 F3 继续读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderView</name>
    <message>
        <source>Loading page…</source>
        <translation>正在载入页面…</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderWindow</name>
    <message>
        <source>Open case…</source>
        <translation>打开案件…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>转到页…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>单页</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>双页</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Hearing outline…</source>
        <translation>庭审提纲…</translation>
    </message>
    <message>
        <source>Export pages…</source>
        <translation>导出页面…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅卷</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Search and notes</source>
        <translation>检索与笔记</translation>
    </message>
    <message>
        <source>That page is no longer in the volume.</source>
        <translation>该页已不在案卷中。</translation>
    </message>
    <message>
        <source>Notes go on the scanned pages; this sheet is made by the desk.</source>
        <translation>批注只能加在扫描页上；此页由工作站生成。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>框注</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Bookmarks go on the scanned pages.</source>
        <translation>书签只能加在扫描页上。</translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation>书签名称：</translation>
    </message>
    <message>
        <source>Hearing outline</source>
        <translation>庭审提纲</translation>
    </message>
    <message>
        <source>庭审提纲 %1.odt</source>
        <translation>庭审提纲 %1.odt</translation>
    </message>
    <message>
        <source>Document (*.odt);;PDF (*.pdf)</source>
        <translation>文档 (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Export pages</source>
        <translation>导出页面</translation>
    </message>
    <message>
        <source>Pages of the volume (e.g. 1-5, 8):</source>
        <translation>案卷页号（例如 1-5, 8）：</translation>
    </message>
    <message>
        <source>No page of the volume matches &quot;%1&quot;.</source>
        <translation>案卷中没有与“%1”对应的页面。</translation>
    </message>
    <message>
        <source>%1 pages.pdf</source>
        <translation>%1 页面.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n page(s)…</source>
        <translation>
            <numerusform>正在写入 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier reader</source>
        <translation>电子阅卷</translation>
    </message>
    <message>
        <source>Open a case with Ctrl+O, or scan its label.</source>
        <translation>按 Ctrl+O 打开案件，或扫描案件标签。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Case %1 cannot be opened: %2</source>
        <translation>无法打开案件 %1：%2</translation>
    </message>
    <message>
        <source>%1 — Dossier reader</source>
        <translation>%1 — 电子阅卷</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 documents</source>
        <translation>%1：共 %2 页，%3 件文件材料</translation>
    </message>
    <message>
        <source>Open by the case label (camera)</source>
        <translation>扫案件标签打开（摄像头）</translation>
    </message>
    <message>
        <source>Print pages…</source>
        <translation>打印页面…</translation>
    </message>
    <message>
        <source>Print pages</source>
        <translation>打印页面</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n page(s)…</source>
        <translation>
            <numerusform>正在打印 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>打印机未接收这些页面。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页送往打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the sync; the reader closes when it has stopped.</source>
        <translation>正在停止同步；同步停止后阅卷窗口将关闭。</translation>
    </message>
    <message>
        <source>Go to a page of the volume (Ctrl+G): its number, or volume-page such as 2-15 when the case has several volumes</source>
        <translation>转到卷内某页（Ctrl+G）：输入页码；案件有多卷时输入“卷-页”，如 2-15</translation>
    </message>
    <message>
        <source>Pages of this volume (e.g. 1-5, 8), or of another with its number first (2:1-5):</source>
        <translation>本卷页码（如 1-5, 8），或在前面加卷序号指定其他卷（如 2:1-5）：</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 documents in %4 volumes</source>
        <translation>%1：共 %4 卷，%2 页，%3 份文件</translation>
    </message>
    <message>
        <source>/ %1 · %2</source>
        <translation>/ %1 · %2</translation>
    </message>
    <message>
        <source>The case has no page %1.</source>
        <translation>本案没有第 %1 页。</translation>
    </message>
    <message>
        <source>Paper dossier…</source>
        <translation>纸质卷宗…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开案件。</translation>
    </message>
    <message>
        <source>The paper of %1: %2.</source>
        <translation>%1 的纸质卷宗：%2。</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>架位：%1</translation>
    </message>
    <message>
        <source>Lent to %1 until %2.</source>
        <translation>借给 %1，至 %2。</translation>
    </message>
    <message>
        <source>Asked for by %1 on %2.</source>
        <translation>%1 于 %2 申请借阅。</translation>
    </message>
    <message>
        <source>Paper dossier</source>
        <translation>纸质卷宗</translation>
    </message>
    <message>
        <source>Ask for the paper…</source>
        <translation>申请借阅…</translation>
    </message>
    <message>
        <source>Ask for the paper</source>
        <translation>申请借阅纸质卷宗</translation>
    </message>
    <message>
        <source>What for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>reading before the hearing</source>
        <translation>庭前阅卷</translation>
    </message>
    <message>
        <source>Asked for the paper of %1: the warehouse sees it at the next sync (F8).</source>
        <translation>已申请借阅 %1 的纸质卷宗：下次同步（F8）后中间库即可看到。</translation>
    </message>
</context>
<context>
    <name>Dossier::ScanJob</name>
    <message>
        <source>The scanner gave no page.</source>
        <translation>扫描仪没有送出任何页面。</translation>
    </message>
</context>
<context>
    <name>Dossier::ScanPanel</name>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>自动进纸</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>自动进纸（双面）</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>案号, e.g. （2024）苏0602民初1234号</source>
        <translation>案号，例如（2024）苏0602民初1234号</translation>
    </message>
    <message>
        <source>Not a case number yet: （年份）法院代字 类型代字 序号 号</source>
        <translation>尚不是有效案号：（年份）法院代字 类型代字 序号 号</translation>
    </message>
    <message>
        <source>Case </source>
        <translation>案号 </translation>
    </message>
    <message>
        <source>No scanner plugin</source>
        <translation>没有扫描插件</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>未找到扫描仪</translation>
    </message>
</context>
<context>
    <name>Dossier::ScanStation</name>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Scan with these settings (F5)</source>
        <translation>按当前设置扫描（F5）</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>第 %1 张</translation>
    </message>
    <message>
        <source>Scanned %1 pages…</source>
        <translation>已扫描 %1 页…</translation>
    </message>
    <message>
        <source>%1 pages scanned; recognising…</source>
        <translation>已扫描 %1 页，正在识别…</translation>
    </message>
    <message>
        <source>%1 pages scanned and catalogued.</source>
        <translation>已扫描并编目 %1 页。</translation>
    </message>
    <message>
        <source>%1 pages, %2 failed. %3</source>
        <translation>共 %1 页，失败 %2 页。%3</translation>
    </message>
    <message>
        <source>The case number is not valid; correct it or leave it empty (separator sheets).</source>
        <translation>案号无效：请更正，或留空（由分隔页确定卷宗）。</translation>
    </message>
    <message>
        <source>No case number is given. Only pages that follow a separator sheet will go into a dossier; the others stay unassigned. Scan anyway?</source>
        <translation>未填写案号。只有分隔页之后的页面才会归入卷宗，其余页面将不归属任何卷宗。仍要扫描吗？</translation>
    </message>
    <message>
        <source>No scanner is chosen.</source>
        <translation>未选择扫描仪。</translation>
    </message>
    <message>
        <source>Wait until the import in progress is done.</source>
        <translation>请等待当前导入完成。</translation>
    </message>
    <message>
        <source>Scanning from %1…</source>
        <translation>正在从 %1 扫描…</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>Case %1 chosen from its label.</source>
        <translation>已根据标签选定案件 %1。</translation>
    </message>
</context>
<context>
    <name>Dossier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Profile folder:</source>
        <translation>配置文件夹(&amp;P)：</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>简体中文和英文</translation>
    </message>
    <message>
        <source>OCR &amp;languages:</source>
        <translation>识别语言(&amp;L)：</translation>
    </message>
    <message>
        <source>One per processor core (%1)</source>
        <translation>每个处理器核心一个（%1）</translation>
    </message>
    <message>
        <source>OCR &amp;workers:</source>
        <translation>识别线程数(&amp;W)：</translation>
    </message>
    <message>
        <source>Default &amp;template:</source>
        <translation>默认编目模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Operator (立卷人):</source>
        <translation>操作员 / 立卷人(&amp;O)：</translation>
    </message>
    <message>
        <source>In the profile folder</source>
        <translation>在配置文件夹中</translation>
    </message>
    <message>
        <source>Archive &amp;packages:</source>
        <translation>归档包位置(&amp;P)：</translation>
    </message>
    <message>
        <source>One folder a line; each receives a verified copy (three make a dossier archived)</source>
        <translation>每行一个文件夹；每个都会收到一份经校验的副本（三份即算归档）</translation>
    </message>
    <message>
        <source>&amp;Backup copies:</source>
        <translation>备份副本(&amp;B)：</translation>
    </message>
    <message>
        <source>Write an access copy for reading</source>
        <translation>生成供阅览的利用副本</translation>
    </message>
    <message>
        <source>Write an anonymised copy (隐名处理)</source>
        <translation>生成隐名处理副本</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Hot folder:</source>
        <translation>监视文件夹(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>A new profile folder is used from the next start.</source>
        <translation>新的配置文件夹将在下次启动时生效。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation>服务器必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>OCR languages are Tesseract names joined by +, e.g. chi_sim+eng.</source>
        <translation>识别语言为以 + 连接的 Tesseract 语言名，例如 chi_sim+eng。</translation>
    </message>
    <message>
        <source>The court&apos;s other servers (same database), separated by spaces: a sync goes on with them when the server cannot be reached.</source>
        <translation>本院的其他服务器（同一数据库），以空格分隔：服务器无法连接时，同步改由它们继续。</translation>
    </message>
    <message>
        <source>&amp;Alternate servers:</source>
        <translation>备用服务器(&amp;A)：</translation>
    </message>
    <message>
        <source>Alternate servers are at most eight http:// or https:// addresses, separated by spaces.</source>
        <translation>备用服务器最多八个 http:// 或 https:// 地址，以空格分隔。</translation>
    </message>
    <message>
        <source>A server address must not hold a user name or password: they are asked when you sign in, and kept in the system keyring.</source>
        <translation>服务器地址中不能含用户名或密码：登录时会询问密码，并保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>Dossier::SyncConflicts</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>所属文书</translation>
    </message>
    <message>
        <source>Page in document</source>
        <translation>文书内页码</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation>页面类型</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>(a document not on this desk)</source>
        <translation>（本机没有的文书）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>page %1 of “%2”</source>
        <translation>“%2”第 %1 页</translation>
    </message>
    <message>
        <source>(not on this desk)</source>
        <translation>（本机没有）</translation>
    </message>
</context>
<context>
    <name>Dossier::SyncConflictsDialog</name>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>改用另一版本(&amp;U)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation>另一版本来自</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current version (in the dossier)</source>
        <translation>当前版本（卷宗中）</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>The version in the dossier stays; the other one is marked as reviewed.</source>
        <translation>卷宗中的版本保持不变；另一版本标记为已查看。</translation>
    </message>
    <message>
        <source>The dossier takes the other version as a catalogue edit (Ctrl+Z undoes it); the next sync sends it to every desk.</source>
        <translation>卷宗改用另一版本，作为一次编目修改（Ctrl+Z 可撤销）；下次同步时发送到所有电脑。</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>正在读取冲突…</translation>
    </message>
    <message>
        <source>No conflicts: every record is the same on every desk.</source>
        <translation>没有冲突：各台电脑上的记录一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on two desks while offline. Both versions are kept; the current one is in the dossier on every desk. Keep it, or use the other version.</source>
        <translation>
            <numerusform>%n 条记录在离线时被两台电脑分别修改。两个版本都已保留；各台电脑的卷宗中均为当前版本。请保留它，或改用另一版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>%1 “%2”: the other version was made by %3.</source>
        <translation>%1“%2”：另一版本由 %3 修改。</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>Only the current version can be kept here; change the catalogue by hand if the other is right.</source>
        <translation>此处只能保留当前版本；如另一版本正确，请手工修改编目。</translation>
    </message>
</context>
<context>
    <name>Dossier::SyncController</name>
    <message>
        <source>Wait until the batch in progress is done.</source>
        <translation>请等待当前批次完成。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name on %1:</source>
        <translation>%1 上的用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>Syncing: page image %1 of %2 sent… (Esc cancels; the next sync resumes)</source>
        <translation>正在同步：已发送页面图像 %1/%2…（Esc 取消；下次同步从中断处继续）</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes sent…</source>
        <translation>正在同步：已发送 %1/%2 项修改…</translation>
    </message>
    <message>
        <source>Syncing: %1 records received…</source>
        <translation>正在同步：已接收 %1 条记录…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts (both versions kept), %4 refused, %5 set aside.</source>
        <translation>同步完成：发送 %1 条，接收 %2 条，冲突 %3 条（两个版本均已保留），被拒 %4 条，搁置 %5 条。</translation>
    </message>
    <message>
        <source>Records from the server that this desk cannot take are kept aside, with the reason, and tried again at every sync; everything else is in the dossiers.</source>
        <translation>服务器上有本机无法接收的记录：已连同原因搁置，每次同步时会重试；其余内容均已进入卷宗。</translation>
    </message>
    <message>
        <source>S&amp;ync with the server</source>
        <translation>与服务器同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Review sync &amp;conflicts…</source>
        <translation>处理同步冲突(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Dossier::SyncEngine</name>
    <message>
        <source>A %1 of %2 was set aside: %3</source>
        <translation>%2 的一条%1记录已搁置：%3</translation>
    </message>
    <message>
        <source>you may not change it</source>
        <translation>您无权修改</translation>
    </message>
    <message>
        <source>the server does not have it</source>
        <translation>服务器上没有这条记录</translation>
    </message>
    <message>
        <source>its page image has not reached the server</source>
        <translation>其页面影像尚未上传到服务器</translation>
    </message>
    <message>
        <source>its page image is not one this desk may use</source>
        <translation>其页面影像不属于本机可用的影像</translation>
    </message>
    <message>
        <source>the server found it malformed</source>
        <translation>服务器认为其格式不正确</translation>
    </message>
    <message>
        <source>The server refused a change to a %1 of %2: %3 (%4).</source>
        <translation>服务器拒绝了对 %2 的%1的修改：%3（%4）。</translation>
    </message>
    <message>
        <source>the server does not have the document it reviews</source>
        <translation>服务器上没有其所复核的文件材料</translation>
    </message>
    <message>
        <source>a review once recorded is never changed</source>
        <translation>复核记录一经登记便不可更改</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>文件材料“%1”</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>电子卷宗 %1</translation>
    </message>
    <message>
        <source>the case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>the quality check review by %1</source>
        <translation>%1 的质检复核</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>您的批注</translation>
    </message>
    <message>
        <source>your note &quot;%1&quot;</source>
        <translation>您的批注“%1”</translation>
    </message>
    <message>
        <source>%1 of %2 could not be put back: %3</source>
        <translation>%2 的%1无法恢复：%3</translation>
    </message>
    <message>
        <source>The server refused %1 of %2: you may not change it. It stays on this desk only.</source>
        <translation>服务器拒绝了 %2 的%1：您无权修改。它仅保留在本机。</translation>
    </message>
    <message>
        <source>The server refused your change to %1 of %2: you may not change it. The server&apos;s version is back on this desk.</source>
        <translation>服务器拒绝了您对 %2 的%1所做的修改：您无权修改。本机已恢复为服务器上的版本。</translation>
    </message>
    <message>
        <source>the %1 recorded at %2</source>
        <translation>%2 登记的%1</translation>
    </message>
    <message>
        <source>the case event %1 of %2</source>
        <translation>%2 的案件节点 %1</translation>
    </message>
    <message>
        <source>the server holds another record under its id, and records of paper are never changed</source>
        <translation>服务器上同一标识下已有另一条记录，而卷宗流转记录不可更改</translation>
    </message>
    <message>
        <source>The server refused %1 of %2: you may not record it. It is taken off this desk.</source>
        <translation>服务器拒绝了 %2 的%1：您无权登记。本机已撤销该记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) changed type or volume with a new template version.</source>
        <translation>
            <numerusform>%n 份文件因新模板版本更改了类型或所属卷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s) a clerk chose by hand were kept.</source>
        <translation>
            <numerusform>保留了书记员手工选定的 %n 个类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>A type chosen by hand had to change: %1</source>
        <translation>手工选定的类型必须更改：%1</translation>
    </message>
    <message>
        <source>No place in the new template version, kept as it was: %1</source>
        <translation>新模板版本中没有对应位置，保持原样：%1</translation>
    </message>
    <message>
        <source>Server unreachable, trying the next one: %1</source>
        <translation>服务器无法连接，改用下一台：%1</translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateConsole</name>
    <message>
        <source>Templates and calendar — Dossier Workstation</source>
        <translation>模板与日历 — 电子卷宗工作站</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Used here</source>
        <translation>本机使用</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布范围</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Trial cataloguing</source>
        <translation>试编目</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>The holiday calendar of %1 is published.</source>
        <translation>%1 年节假日日历已发布。</translation>
    </message>
    <message>
        <source>%1 is not an archive administrator: the server will refuse to publish.</source>
        <translation>%1 不是档案管理员：服务器将拒绝发布。</translation>
    </message>
    <message>
        <source>Main volume (正卷)</source>
        <translation>正卷</translation>
    </message>
    <message>
        <source>Secondary volume (副卷)</source>
        <translation>副卷</translation>
    </message>
    <message>
        <source>What desks do to documents already catalogued (the migration):</source>
        <translation>已编目文件在各工作站的变化（迁移）：</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增条目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>删除条目(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>To the &amp;other volume</source>
        <translation>移到另一卷(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Split into two…</source>
        <translation>拆分为两项(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Release to &amp;everyone</source>
        <translation>全部推广(&amp;E)</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Discard the draft…</source>
        <translation>放弃草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>发布(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>v%1 to %2; others v%3</source>
        <translation>第%1版给 %2；其余第%3版</translation>
    </message>
    <message>
        <source>v%1 to everyone</source>
        <translation>第%1版给所有人</translation>
    </message>
    <message>
        <source>Draft of v%1</source>
        <translation>第%1版草稿</translation>
    </message>
    <message>
        <source>v%1 (shipped)</source>
        <translation>第%1版（内置）</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>No case on this desk is catalogued with this template.</source>
        <translation>本机没有按此模板编目的案件。</translation>
    </message>
    <message>
        <source>Ask the server what publishing this draft would change.</source>
        <translation>向服务器查询发布此草稿会改变什么。</translation>
    </message>
    <message>
        <source>%1 · draft of version %2 (from version %3)%4</source>
        <translation>%1 · 第%2版草稿（基于第%3版）%4</translation>
    </message>
    <message>
        <source> — unchanged</source>
        <translation> — 未修改</translation>
    </message>
    <message>
        <source>(none: documents keep their types)</source>
        <translation>（无：文件保持原类型）</translation>
    </message>
    <message>
        <source>To the &amp;main volume</source>
        <translation>移到正卷(&amp;M)</translation>
    </message>
    <message>
        <source>To the &amp;secondary volume</source>
        <translation>移到副卷(&amp;S)</translation>
    </message>
    <message>
        <source>New item of the secondary volume (副卷)</source>
        <translation>副卷新条目</translation>
    </message>
    <message>
        <source>New item of the main volume (正卷)</source>
        <translation>正卷新条目</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>move %1 to the other volume</source>
        <translation>把 %1 移到另一卷</translation>
    </message>
    <message>
        <source>%1 now belongs to the other volume: desks move its documents there.</source>
        <translation>%1 现属另一卷：各工作站会把它的文件移过去。</translation>
    </message>
    <message>
        <source>Split %1 into two items</source>
        <translation>把 %1 拆分为两项</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>拆分 %1</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Discard every change of the draft of %1? (Ctrl+Z brings it back while this window is open.)</source>
        <translation>放弃 %1 草稿的全部修改？（本窗口打开期间可按 Ctrl+Z 恢复。）</translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>副卷</source>
        <translation>副卷</translation>
    </message>
    <message>
        <source>正卷</source>
        <translation>正卷</translation>
    </message>
    <message>
        <source>Try the draft</source>
        <translation>试编目</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>With the draft</source>
        <translation>按草稿</translation>
    </message>
    <message>
        <source>Vol.</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>向服务器查询</translation>
    </message>
    <message>
        <source>code of %1: %2 → %3</source>
        <translation>%1 改代码：%2 → %3</translation>
    </message>
    <message>
        <source>documents of %1 → %2</source>
        <translation>%1 的文件 → %2</translation>
    </message>
    <message>
        <source>documents of %1 merged into %2</source>
        <translation>%1 的文件并入 %2</translation>
    </message>
    <message>
        <source>documents of %1 split into %2, by their titles</source>
        <translation>%1 的文件按标题拆分为 %2</translation>
    </message>
    <message>
        <source>documents of %1 move to the %2</source>
        <translation>%1 的文件移到%2</translation>
    </message>
    <message>
        <source>documents of %1 become %2 (retired)</source>
        <translation>%1 停用，其文件改为 %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>may repeat</source>
        <translation>可重复</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>made by the software</source>
        <translation>由软件生成</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>every volume</source>
        <translation>每卷</translation>
    </message>
    <message>
        <source>+ %1, %2</source>
        <translation>+ %1，%2</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1：%2 → %3</translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation>~ %1：%2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The draft is version %1 as published: edit an item to begin.</source>
        <translation>草稿与已发布的第%1版相同：修改条目即可开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server would refuse this version.</source>
        <translation>
            <numerusform>%n 个问题：服务器会拒绝此版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 can be published: against version %2, %3 item(s) changed and %4 migration step(s); %n warning(s).</source>
        <translation>
            <numerusform>第%1版可以发布：相对第%2版，%3 项条目变化、%4 个迁移步骤；%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 (published) against version %2:</source>
        <translation>第%1版（已发布）相对第%2版：</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 as shipped: %n item(s).</source>
        <translation>
            <numerusform>内置的第%1版：%n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cataloguing %1 with the draft…</source>
        <translation>正在按草稿编目 %1…</translation>
    </message>
    <message>
        <source>%1: the draft catalogues it as it is today.</source>
        <translation>%1：草稿的编目与现在相同。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) would be catalogued otherwise (marked).</source>
        <translation>
            <numerusform>%1：有 %n 份文件的编目会不同（已标出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <source>v%1: %2</source>
        <translation>第%1版：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dossiers&lt;/b&gt; catalogued with this template on the server: %1 (%2 would change).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Documents&lt;/b&gt;: %3; %4 would change type or volume; %5 would have no type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Desks&lt;/b&gt; whose documents change: %6 %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;服务器上按此模板编目的&lt;b&gt;卷宗&lt;/b&gt;：%1 份（%2 份会改变）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;文件&lt;/b&gt;：%3 份；%4 份会改变类型或卷；%5 份将无类型。&lt;/p&gt;&lt;p&gt;文件有变化的&lt;b&gt;工作站&lt;/b&gt;：%6 个 %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dossiers per version: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;各版本的卷宗数：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b71c1c&apos;&gt;Documents without a type would keep their old one: add a step for them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b71c1c&apos;&gt;无类型的文件会保留旧类型：请为它们添加迁移步骤。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The draft cannot be published: see 差异.</source>
        <translation>草稿不能发布：见“差异”。</translation>
    </message>
    <message numerus="yes">
        <source>Publish version %1 of %2? Every desk that receives it carries its dossiers to it (%n step(s) of migration), and new batches are catalogued with it.</source>
        <translation>
            <numerusform>发布 %2 第%1版？收到它的工作站会把卷宗迁移到该版（%n 个迁移步骤），新批次按它编目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing version %1…</source>
        <translation>正在发布第%1版…</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>%2 第%1版已发布。</translation>
    </message>
    <message>
        <source>Release to everyone</source>
        <translation>全部推广</translation>
    </message>
    <message>
        <source>Give version %1 of %2 to every desk? Until now only %3 have it.</source>
        <translation>把 %2 第%1版给所有工作站？目前只有 %3 使用。</translation>
    </message>
    <message>
        <source>Version %1 of %2 is released to everyone.</source>
        <translation>%2 第%1版已推广到所有人。</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Give every desk version %1 of %2 again, in place of version %3?

Dossiers already carried to version %3 keep it: their documents keep the types version %3 gave them and are not changed back. New batches are catalogued with version %1. To undo a change for those dossiers as well, publish a new version that reverses it.</source>
        <translation>让所有工作站重新使用 %2 第%1版，代替第%3版？

已迁移到第%3版的卷宗保留第%3版：其文件保留第%3版给出的类型，不会改回。新批次按第%1版编目。若要连这些卷宗一并改回，请发布一个撤销该修改的新版本。</translation>
    </message>
    <message>
        <source>Version %1 of %2 is released to everyone again.</source>
        <translation>%2 第%1版已重新推广到所有人。</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>正在发布…</translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateDialogs</name>
    <message>
        <source>Part %1</source>
        <translation>第%1部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>small letters, digits, _ (president_review)</source>
        <translation>小写字母、数字、_（如 president_review）</translation>
    </message>
    <message>
        <source>as the 卷内目录 names it</source>
        <translation>卷内目录中的名称</translation>
    </message>
    <message>
        <source>title lines that name it, separated by 、</source>
        <translation>识别它的标题行，用“、”分隔</translation>
    </message>
    <message>
        <source>words of its text, separated by 、</source>
        <translation>正文中的关键词，用“、”分隔</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Documents of %1 (%2) already catalogued keep a type: which one, on every desk, when this version arrives?</source>
        <translation>已编目的 %1（%2）文件在此版本到达各工作站后归为哪一类？</translation>
    </message>
    <message>
        <source>Retire: they become the volume&apos;s other material (其他材料)</source>
        <translation>停用：归入该卷的“其他材料”</translation>
    </message>
    <message>
        <source>Rename into another item: they take its code</source>
        <translation>并入另一条目（改名）：使用其代码</translation>
    </message>
    <message>
        <source>Merge with another item: the two become one</source>
        <translation>与另一条目合并：两者合为一项</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>To every desk</source>
        <translation>发布到所有工作站</translation>
    </message>
    <message>
        <source>First to these accounts and courts (a staged rollout; the others keep the version they use)</source>
        <translation>先发布到以下账号和法院（分批推广；其余工作站保持现用版本）</translation>
    </message>
    <message>
        <source>user names, separated by commas</source>
        <translation>用户名，用逗号分隔</translation>
    </message>
    <message>
        <source>court codes (苏0602, 苏06), separated by commas</source>
        <translation>法院代码（苏0602、苏06），用逗号分隔</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Courts:</source>
        <translation>法院：</translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateItemsModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>可重复</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>New in version %1</source>
        <translation>第%1版新增</translation>
    </message>
    <message>
        <source>Was %1 in version %2: desks give its documents the new code</source>
        <translation>第%2版中为 %1：各工作站给其文件改用新代码</translation>
    </message>
    <message>
        <source>Made by the software (every volume has one)</source>
        <translation>由软件生成（每卷都有）</translation>
    </message>
    <message>
        <source>may repeat: %1</source>
        <translation>可重复：%1</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>必备：%1</translation>
    </message>
    <message>
        <source>rename %1 → %2</source>
        <translation>改名 %1 → %2</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>%1 的名称</translation>
    </message>
    <message>
        <source>titles of %1</source>
        <translation>%1 的标题</translation>
    </message>
    <message>
        <source>keywords of %1</source>
        <translation>%1 的关键词</translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateVersions</name>
    <message>
        <source>secondary volume</source>
        <translation>副卷</translation>
    </message>
    <message>
        <source>every volume</source>
        <translation>每卷</translation>
    </message>
    <message>
        <source>main volume</source>
        <translation>正卷</translation>
    </message>
    <message>
        <source>+ %1, %2</source>
        <translation>+ %1，%2</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1：%2 → %3</translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation>~ %1：%2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>Dossier::ThumbnailStrip</name>
    <message>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>catalogued</source>
        <translation>已编目</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Could not be processed (%1); the master is kept.</source>
        <translation>无法处理（%1）；原始图像已保留。</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>分隔页</translation>
    </message>
    <message>
        <source>blank?</source>
        <translation>空白？</translation>
    </message>
    <message>
        <source>Looks blank: remove it with Del if it is the back of a sheet.</source>
        <translation>疑似空白页：若为纸张背面，可按 Del 移除。</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Below 300 dpi: scan it again.</source>
        <translation>分辨率低于 300 dpi：请重新扫描。</translation>
    </message>
    <message>
        <source>skewed</source>
        <translation>歪斜</translation>
    </message>
    <message>
        <source>Still skewed after straightening (%1°).</source>
        <translation>纠偏后仍有歪斜（%1°）。</translation>
    </message>
    <message>
        <source>colour!</source>
        <translation>需彩色！</translation>
    </message>
    <message>
        <source>Has a red seal or colour content: scan it in colour.</source>
        <translation>含红色印章或彩色内容：请用彩色模式扫描。</translation>
    </message>
    <message>
        <source>OCR %1%</source>
        <translation>识别 %1%</translation>
    </message>
    <message>
        <source>Recognition confidence is low: check the text.</source>
        <translation>识别置信度低：请核对文字。</translation>
    </message>
</context>
<context>
    <name>Dossier::WarehouseWindow</name>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Recall selected</source>
        <translation>催还所选</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>超期借阅</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>即将到期或已超期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Statutory periods</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>To / place</source>
        <translation>对象 / 架位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Today&apos;s ledger</source>
        <translation>今日登记</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>架位</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>zone or rack, e.g. A-03</source>
        <translation>区或架，如 A-03</translation>
    </message>
    <message>
        <source>Shelf:</source>
        <translation>架位：</translation>
    </message>
    <message>
        <source>Shelf list</source>
        <translation>架位清单</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>盘点结果</translation>
    </message>
    <message>
        <source>Recorded place</source>
        <translation>登记架位</translation>
    </message>
    <message>
        <source>the shelf scanned, e.g. A-03</source>
        <translation>所盘点的架，如 A-03</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Overdue loans (%1)</source>
        <translation>超期借阅（%1）</translation>
    </message>
    <message>
        <source> (uncertain: no holiday calendar for that year)</source>
        <translation>（待定：该年度节假日安排尚未发布）</translation>
    </message>
    <message>
        <source>Statutory periods (%1)</source>
        <translation>法定期限（%1）</translation>
    </message>
    <message>
        <source>Intermediate warehouse ledger, %1</source>
        <translation>中间库登记簿 %1</translation>
    </message>
    <message>
        <source>Shelf list %1</source>
        <translation>架位清单 %1</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>belongs elsewhere</source>
        <translation>错架</translation>
    </message>
    <message>
        <source>should not be here</source>
        <translation>不应在此</translation>
    </message>
    <message>
        <source>The shelf is as recorded.</source>
        <translation>该架与登记一致。</translation>
    </message>
    <message>
        <source>%1 missing, %2 misplaced, %3 should not be here.</source>
        <translation>缺失 %1 件，错架 %2 件，不应在此 %3 件。</translation>
    </message>
    <message>
        <source>Choose a loan to recall.</source>
        <translation>请选择要催还的借阅。</translation>
    </message>
    <message>
        <source>Intermediate warehouse — Dossier Workstation</source>
        <translation>中间库 — 卷宗工作站</translation>
    </message>
    <message>
        <source>Scan a case label or type a case number (案号), then Enter.</source>
        <translation>扫描案件标签或输入案号，然后按回车。</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Return each scanned</source>
        <translation>扫描即归还</translation>
    </message>
    <message>
        <source>Scan a case label or type a case number (案号)</source>
        <translation>扫描案件标签或输入案号</translation>
    </message>
    <message>
        <source>No case shown</source>
        <translation>未显示案件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>History</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>中间库</translation>
    </message>
    <message>
        <source>Sync (F8)</source>
        <translation>同步 (F8)</translation>
    </message>
    <message>
        <source>Inventory: scan every label on the shelf, then press Check.</source>
        <translation>盘点：扫描该架上的每个标签，然后点击“核对”。</translation>
    </message>
    <message>
        <source>Return mode: every label scanned records the paper&apos;s return.</source>
        <translation>归还模式：每扫描一个标签即登记该卷宗归还。</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) scanned</source>
        <translation>
            <numerusform>已扫描 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned: %1, back to %2.</source>
        <translation>已归还：%1，放回 %2。</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>架位：</translation>
    </message>
    <message>
        <source>Went to:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持有人：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>应还日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>册数：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>随卷物品：</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已催还</translation>
    </message>
    <message>
        <source>Conflicting records (the paper cannot be in two places):
%1</source>
        <translation>记录冲突（卷宗不可能同时在两处）：
%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <source>Scan the case&apos;s label first.</source>
        <translation>请先扫描案件标签。</translation>
    </message>
    <message>
        <source>Recorded: %1 of %2.</source>
        <translation>已登记：%2 %1。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Print reminders…</source>
        <translation>打印催还通知…</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借阅人：</translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation>全部借阅人</translation>
    </message>
    <message>
        <source>No loan is past due.</source>
        <translation>没有超期的借阅。</translation>
    </message>
    <message>
        <source>Case event (Ctrl+T)</source>
        <translation>案件节点 (Ctrl+T)</translation>
    </message>
    <message>
        <source>appeal materials received</source>
        <translation>收到上诉材料</translation>
    </message>
    <message>
        <source>handed to the warehouse</source>
        <translation>移交中间库</translation>
    </message>
    <message>
        <source>archiving completed</source>
        <translation>完成归档</translation>
    </message>
    <message>
        <source>e-dossier sent to the second instance</source>
        <translation>电子卷宗移送二审</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>closing notice received</source>
        <translation>收到结案通知单</translation>
    </message>
    <message>
        <source>Case event — %1</source>
        <translation>案件节点 — %1</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Recorded: %1 on %2 for %3.</source>
        <translation>已登记：%3 于 %2 %1。</translation>
    </message>
    <message>
        <source>Move the whole shelf…</source>
        <translation>整架移位…</translation>
    </message>
    <message>
        <source>Type the shelf to move first (e.g. A-03), then Enter.</source>
        <translation>请先输入要移位的架（如 A-03）并按回车。</translation>
    </message>
    <message>
        <source>Move the whole shelf</source>
        <translation>整架移位</translation>
    </message>
    <message>
        <source>Move everything under %1 to:</source>
        <translation>将 %1 下的全部卷宗移至：</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n case(s) from %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 件卷宗从 %1 移至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>What a scan does (F5 look up, F6 return, F7 inventory); F9 scans by the document camera</source>
        <translation>扫描后的操作（F5 查询，F6 归还，F7 盘点）；F9 用高拍仪摄像头扫描</translation>
    </message>
    <message>
        <source>Scan by camera</source>
        <translation>摄像头扫描</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Wanted until</source>
        <translation>希望借至</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Enter on a row opens the case; Ctrl+L lends it to who asked.</source>
        <translation>在某行按回车打开案件；Ctrl+L 借给申请人。</translation>
    </message>
    <message>
        <source>Loan requests</source>
        <translation>借阅申请</translation>
    </message>
    <message>
        <source>Loan requests (%1)</source>
        <translation>借阅申请（%1）</translation>
    </message>
    <message>
        <source>Asked for by:</source>
        <translation>借阅申请：</translation>
    </message>
    <message>
        <source>%1 is not lent (%2): nothing returned.</source>
        <translation>%1 未借出（%2）：未登记归还。</translation>
    </message>
</context>
</TS>
