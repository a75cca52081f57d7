<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/montage_editor.cpp" line="48"/>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
</context>
<context>
    <name>alfee::core</name>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="21"/>
        <source>the dataset needs a name</source>
        <translation>数据集需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="31"/>
        <source>a bipolar derivation, not one electrode</source>
        <translation>双极导联，不是单个电极</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="35"/>
        <source>not in the electrode vocabulary</source>
        <translation>不在电极词表中</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="82"/>
        <source>unmapped by the user</source>
        <translation>已被用户取消映射</translation>
    </message>
    <message>
        <location filename="../core/montage/montage_store.cpp" line="13"/>
        <source>a montage needs a name</source>
        <translation>导联方案需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="18"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="113"/>
        <source>%1: already in the workspace as %2</source>
        <translation>%1：已作为 %2 存在于工作区中</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="125"/>
        <source>%1: known by its content; moved from %2</source>
        <translation>%1：按内容识别为已知文件，已从 %2 移动</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="163"/>
        <source>%1: imported (%2 channels, %3 mapped)</source>
        <translation>%1：已导入（%2 个通道，%3 个已映射）</translation>
    </message>
    <message>
        <location filename="../core/dataset/event_coverage.cpp" line="33"/>
        <source>%1 lasts %2 s</source>
        <translation>%1 持续 %2 秒</translation>
    </message>
    <message>
        <location filename="../core/dataset/event_coverage.cpp" line="38"/>
        <source>%1 s windows run past the events they are labelled from (median: %2)</source>
        <translation>%1 秒的窗口超出了其标签所来自的事件（中位时长：%2）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="67"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>没有名为“%1”的数据集</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="79"/>
        <source>a dataset named &apos;%1&apos; exists already</source>
        <translation>已存在名为“%1”的数据集</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="34"/>
        <source>recording %1 is used by dataset(s) %2: delete those first</source>
        <translation>记录 %1 正被数据集 %2 使用：请先删除这些数据集</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="44"/>
        <source>no recording with id %1</source>
        <translation>没有 id 为 %1 的记录</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="57"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>“%1”不是文件名</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="62"/>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="66"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1：无法重命名为 %2</translation>
    </message>
</context>
<context>
    <name>alfee::ui::AnnotationList</name>
    <message>
        <location filename="../ui/annotation_list.cpp" line="18"/>
        <source>Onset</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/annotation_list.cpp" line="18"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/annotation_list.cpp" line="18"/>
        <source>Annotation</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ChannelChooser</name>
    <message>
        <location filename="../ui/channel_chooser.cpp" line="13"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/channel_chooser.cpp" line="18"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/channel_chooser.cpp" line="19"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetBuilder</name>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="41"/>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="47"/>
        <source>Preview counts</source>
        <translation>预览计数</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="48"/>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="59"/>
        <source>Windows per class, split and subject</source>
        <translation>按类别、划分和受试者统计的窗口数</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="67"/>
        <source>Replace dataset</source>
        <translation>替换数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="68"/>
        <source>A dataset named %1 exists already. Replace it with this one?</source>
        <translation>已存在名为 %1 的数据集。要用当前数据集替换它吗？</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="78"/>
        <source>(choose a task)</source>
        <translation>（请选择任务）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="80"/>
        <source>File names (a pattern per class)</source>
        <translation>文件名（每个类别一个模式）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="81"/>
        <source>Annotation texts (a text per class)</source>
        <translation>注释文本（每个类别一个文本）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="84"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="84"/>
        <source>Pattern or annotation</source>
        <translation>模式或注释</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="86"/>
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="90"/>
        <source>regular expression on file names; empty: all</source>
        <translation>文件名正则表达式；留空：全部</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="92"/>
        <source>required electrodes, e.g. Fp1,Fp2,C3; empty: all mapped</source>
        <translation>必需电极，例如 Fp1,Fp2,C3；留空：全部已映射电极</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="101"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="102"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="103"/>
        <source>Labels from</source>
        <translation>标签来源</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="105"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="107"/>
        <source>Recordings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="108"/>
        <source>Channel set</source>
        <translation>通道集合</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="109"/>
        <source>Window (s)</source>
        <translation>窗口（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="110"/>
        <source>Stride (s)</source>
        <translation>步长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="111"/>
        <source>Train / validation / test</source>
        <translation>训练 / 验证 / 测试</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="114"/>
        <source>Split seed</source>
        <translation>划分随机种子</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="183"/>
        <source>Nothing left out.</source>
        <translation>没有排除任何记录。</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="184"/>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_builder.cpp" line="185"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="193"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="200"/>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="206"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="227"/>
        <source>Not saved: a dataset named %1 exists already</source>
        <translation>未保存：已存在名为 %1 的数据集</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetManager</name>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="46"/>
        <source>Import files...</source>
        <translation>导入文件...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="47"/>
        <source>Import folder...</source>
        <translation>导入文件夹...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="48"/>
        <source>New dataset...</source>
        <translation>新建数据集...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="49"/>
        <source>or drop EDF/BDF files and folders here</source>
        <translation>或将 EDF/BDF 文件和文件夹拖放到此处</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>Filter recordings (file, subject, format...)</source>
        <translation>筛选记录（文件、受试者、格式……）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="62"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="62"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="62"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="62"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="63"/>
        <source>Rates</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="63"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="63"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="64"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="88"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="88"/>
        <source>EEG recordings (*.edf *.EDF *.bdf *.BDF)</source>
        <translation>脑电记录 (*.edf *.EDF *.bdf *.BDF)</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="92"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="140"/>
        <source>%1 of %2 mapped</source>
        <translation>已映射 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="143"/>
        <source>, %n duplicate(s)</source>
        <translation>
            <numerusform>，%n 个重复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="200"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;task %2, %3 s windows every %4 s, %5 windows&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;任务 %2，每 %4 秒取 %3 秒窗口，共 %5 个窗口&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="207"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="214"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="259"/>
        <source>%n recording(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="260"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="261"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="319"/>
        <source>Rename file...</source>
        <translation>重命名文件……</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="320"/>
        <source>Delete from workspace</source>
        <translation>从工作区删除</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="329"/>
        <source>Edit...</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="330"/>
        <source>Rename...</source>
        <translation>重命名……</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="331"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="347"/>
        <source>Rename file</source>
        <translation>重命名文件</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="348"/>
        <source>New file name (the file on disk is renamed):</source>
        <translation>新文件名（磁盘上的文件将被重命名）：</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="365"/>
        <source>Rename dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="365"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="234"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>alfee::ui::HeadView</name>
    <message>
        <location filename="../ui/head_view.cpp" line="60"/>
        <source>reference: as recorded</source>
        <translation>参考：按原始记录</translation>
    </message>
    <message>
        <location filename="../ui/head_view.cpp" line="61"/>
        <source>reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <location filename="../ui/head_view.cpp" line="101"/>
        <source>%1 of %2 electrodes covered</source>
        <translation>覆盖 %1 / %2 个电极</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ImportReport</name>
    <message>
        <location filename="../ui/import_report.cpp" line="15"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="17"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="19"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="21"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="23"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="31"/>
        <source>GDF files are not supported (EDF, EDF+, BDF and BDF+ are)</source>
        <translation>不支持 GDF 文件（支持 EDF、EDF+、BDF 和 BDF+）</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="32"/>
        <source>not an EDF or BDF file</source>
        <translation>不是 EDF 或 BDF 文件</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="36"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="40"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="40"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="40"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/import_report.cpp" line="73"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="33"/>
        <source>ALFEE Workbench</source>
        <translation>ALFEE 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="38"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="39"/>
        <source>Montage</source>
        <translation>导联</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="40"/>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="43"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>&amp;New workspace...</source>
        <translation>新建工作区(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>&amp;Open workspace...</source>
        <translation>打开工作区(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>&amp;Import recordings...</source>
        <translation>导入记录(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>EEG recordings (*.edf *.EDF *.bdf *.BDF)</source>
        <translation>脑电记录 (*.edf *.EDF *.bdf *.BDF)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>New &amp;dataset...</source>
        <translation>新建数据集(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="97"/>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>Creating the demo workspace...</source>
        <translation>正在创建演示工作区...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>ALFEE workspaces (*.alfee)</source>
        <translation>ALFEE 工作区 (*.alfee)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="182"/>
        <source>ALFEE Workbench - %1</source>
        <translation>ALFEE 工作台 - %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>%n recording(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="211"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="219"/>
        <source>Language (after a restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Open recording</source>
        <translation>打开记录</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MontageEditor</name>
    <message>
        <location filename="../ui/montage_editor.cpp" line="65"/>
        <location filename="../ui/montage_editor.cpp" line="143"/>
        <source>Select a recording in the Datasets tab to edit its mapping.</source>
        <translation>在“数据集”页中选择一个记录以编辑其通道映射。</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>File label</source>
        <translation>文件标签</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>Electrode</source>
        <translation>电极</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="72"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="72"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="72"/>
        <source>Linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="73"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="73"/>
        <source>Custom bipolar pairs</source>
        <translation>自定义双极导联对</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="75"/>
        <source>custom pairs, e.g. Fp1-F7, C3-C4</source>
        <translation>自定义导联对，例如 Fp1-F7, C3-C4</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="76"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="77"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="78"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="79"/>
        <source>Save montage...</source>
        <translation>保存导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="80"/>
        <source>Load montage...</source>
        <translation>载入导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="90"/>
        <source>Mapping saved</source>
        <translation>映射已保存</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="94"/>
        <source>Save montage</source>
        <translation>保存导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="94"/>
        <location filename="../ui/montage_editor.cpp" line="100"/>
        <source>Montages (*.json)</source>
        <translation>导联文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="100"/>
        <source>Load montage</source>
        <translation>载入导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="113"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="176"/>
        <source>Mapping of %1 (unsaved changes)</source>
        <translation>%1 的通道映射（有未保存的修改）</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="177"/>
        <source>Mapping of %1</source>
        <translation>%1 的通道映射</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="225"/>
        <source>Map %1 to %2</source>
        <translation>将 %1 映射到 %2</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="225"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="254"/>
        <source>No recording is selected: select one in the Datasets tab first</source>
        <translation>未选择记录：请先在“数据集”页中选择一个</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="267"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="269"/>
        <source>linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="273"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="280"/>
        <source>as recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="299"/>
        <source>Unknown electrode(s) in the pairs: %1</source>
        <translation>导联对中有未知电极：%1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ProgressPanel</name>
    <message>
        <location filename="../ui/progress_panel.cpp" line="13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/progress_panel.cpp" line="21"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../ui/progress_panel.cpp" line="42"/>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/progress_panel.cpp" line="44"/>
        <source>%1 %2/%3%4: %5</source>
        <translation>%1 %2/%3%4：%5</translation>
    </message>
</context>
<context>
    <name>alfee::ui::SignalViewer</name>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="71"/>
        <source>No recording open.

Double-click a recording in the Datasets tab to view it here, or import EDF/BDF files there first (File &gt; Import recordings).</source>
        <translation>尚未打开记录。

在“数据集”页中双击一个记录即可在此查看，或先在那里导入 EDF/BDF 文件（文件 &gt; 导入记录）。</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="85"/>
        <source>%1 s/page</source>
        <translation>%1 秒/页</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="88"/>
        <source>%1 µV/div</source>
        <translation>%1 µV/格</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="90"/>
        <source>EEG scale; EOG, ECG and EMG keep their ratio to it (+ and - keys)</source>
        <translation>脑电幅度标尺；眼电、心电和肌电按比例随之缩放（+ 和 - 键）</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="115"/>
        <source>Band-pass</source>
        <translation>带通</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="120"/>
        <location filename="../ui/signal_viewer.cpp" line="125"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="127"/>
        <source>No notch</source>
        <translation>无陷波</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="129"/>
        <source>Notch 60 Hz</source>
        <translation>60 Hz 陷波</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="130"/>
        <source>Remove DC</source>
        <translation>去除直流</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="132"/>
        <source>Subtract each trace&apos;s mean over the page (display only)</source>
        <translation>减去每条曲线在本页的均值（仅用于显示）</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="158"/>
        <source>The band-pass needs its low edge below its high edge (%1 &gt;= %2 Hz)</source>
        <translation>带通的下限必须低于上限（%1 &gt;= %2 Hz）</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="181"/>
        <source>No recording</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signal_viewer.cpp" line="207"/>
        <source>%n annotation(s), no signals</source>
        <translation>
            <numerusform>%n 条注释，无信号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="245"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="248"/>
        <source>linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="253"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="255"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="257"/>
        <source>Linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="281"/>
        <source>Montage editor: %1</source>
        <translation>导联编辑器：%1</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="437"/>
        <source>%1 - %2 s of %3 s, %4 of %5 traces</source>
        <translation>%1 - %2 秒，共 %3 秒，显示 %4/%5 条曲线</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="259"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="128"/>
        <source>Notch 50 Hz</source>
        <translation>50 Hz 陷波</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="287"/>
        <source>Montage not available: %1</source>
        <translation>无法使用该导联：%1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::TracePlot</name>
    <message>
        <location filename="../ui/trace_plot.cpp" line="41"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/trace_plot.cpp" line="181"/>
        <source>no data
%1 s</source>
        <translation>无数据
%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/trace_plot.cpp" line="231"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/trace_plot.cpp" line="235"/>
        <source>%1 s  %2: no data</source>
        <translation>%1 秒  %2：无数据</translation>
    </message>
    <message>
        <location filename="../ui/trace_plot.cpp" line="237"/>
        <source>%1 s  %2: %3 %4</source>
        <translation>%1 秒  %2：%3 %4</translation>
    </message>
</context>
<context>
    <name>alfee::ui::WorkspaceEdits</name>
    <message>
        <location filename="../ui/workspace_edits.cpp" line="43"/>
        <source>Delete dataset %1</source>
        <translation>删除数据集 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_edits.cpp" line="58"/>
        <source>dataset %1 needs a recording that is no longer in the workspace</source>
        <translation>数据集 %1 需要的某个记录已不在工作区中</translation>
    </message>
    <message>
        <location filename="../ui/workspace_edits.cpp" line="90"/>
        <source>Rename dataset %1 to %2</source>
        <translation>将数据集 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_edits.cpp" line="124"/>
        <source>Delete recording %1</source>
        <translation>删除记录 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_edits.cpp" line="166"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
</context>
</TS>
