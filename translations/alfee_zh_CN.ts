<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/montage_editor.cpp" line="41"/>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetBuilder</name>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="38"/>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="44"/>
        <source>Preview counts</source>
        <translation>预览计数</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="45"/>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="56"/>
        <source>Windows per class, split and subject</source>
        <translation>按类别、划分和受试者统计的窗口数</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="70"/>
        <source>File names (a pattern per class)</source>
        <translation>文件名（每个类别一个模式）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="71"/>
        <source>Annotation texts (a text per class)</source>
        <translation>注释文本（每个类别一个文本）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="74"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="74"/>
        <source>Pattern or annotation</source>
        <translation>模式或注释</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="76"/>
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="79"/>
        <source>regular expression on file names; empty: all</source>
        <translation>文件名正则表达式；留空：全部</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="81"/>
        <source>required electrodes, e.g. Fp1,Fp2,C3; empty: all mapped</source>
        <translation>必需电极，例如 Fp1,Fp2,C3；留空：全部已映射电极</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="90"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="91"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="92"/>
        <source>Labels from</source>
        <translation>标签来源</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="94"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="96"/>
        <source>Recordings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="97"/>
        <source>Channel set</source>
        <translation>通道集合</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="98"/>
        <source>Window (s)</source>
        <translation>窗口（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="99"/>
        <source>Stride (s)</source>
        <translation>步长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="100"/>
        <source>Train / validation / test</source>
        <translation>训练 / 验证 / 测试</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="103"/>
        <source>Split seed</source>
        <translation>划分随机种子</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="166"/>
        <source>Nothing left out.</source>
        <translation>没有排除任何记录。</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="167"/>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_builder.cpp" line="168"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="175"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="179"/>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_builder.cpp" line="184"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetManager</name>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="40"/>
        <source>Import files...</source>
        <translation>导入文件...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="41"/>
        <source>Import folder...</source>
        <translation>导入文件夹...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="42"/>
        <source>New dataset...</source>
        <translation>新建数据集...</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="43"/>
        <source>or drop EDF/BDF files and folders here</source>
        <translation>或将 EDF/BDF 文件和文件夹拖放到此处</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="51"/>
        <source>Rates</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="52"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="52"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="52"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="73"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="74"/>
        <source>EEG recordings (*.edf *.EDF *.bdf *.BDF)</source>
        <translation>脑电记录 (*.edf *.EDF *.bdf *.BDF)</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="78"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="119"/>
        <source>%1 of %2 mapped</source>
        <translation>已映射 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="120"/>
        <source>, %n duplicate(s)</source>
        <translation>
            <numerusform>，%n 个重复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="154"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;task %2, %3 s windows every %4 s, %5 windows&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;任务 %2，每 %4 秒取 %3 秒窗口，共 %5 个窗口&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="161"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="167"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="192"/>
        <source>%n recording(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset_manager.cpp" line="193"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="194"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../ui/dataset_manager.cpp" line="197"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>alfee::ui::HeadView</name>
    <message>
        <location filename="../ui/head_view.cpp" line="59"/>
        <source>%1 of %2 electrodes covered</source>
        <translation>覆盖 %1 / %2 个电极</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="31"/>
        <source>ALFEE Workbench</source>
        <translation>ALFEE 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="37"/>
        <source>Montage</source>
        <translation>导联</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="38"/>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="41"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="65"/>
        <source>&amp;New workspace...</source>
        <translation>新建工作区(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <source>&amp;Open workspace...</source>
        <translation>打开工作区(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="69"/>
        <source>&amp;Import recordings...</source>
        <translation>导入记录(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="69"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>EEG recordings (*.edf *.EDF *.bdf *.BDF)</source>
        <translation>脑电记录 (*.edf *.EDF *.bdf *.BDF)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>New &amp;dataset...</source>
        <translation>新建数据集(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>Creating the demo workspace...</source>
        <translation>正在创建演示工作区...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <location filename="../ui/main_window.cpp" line="119"/>
        <source>ALFEE workspaces (*.alfee)</source>
        <translation>ALFEE 工作区 (*.alfee)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119"/>
        <location filename="../ui/main_window.cpp" line="123"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>ALFEE Workbench - %1</source>
        <translation>ALFEE 工作台 - %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>%n recording(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Language (after a restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Open recording</source>
        <translation>打开记录</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MontageEditor</name>
    <message>
        <location filename="../ui/montage_editor.cpp" line="55"/>
        <source>Double-click a recording in the dataset manager to edit its mapping.</source>
        <translation>在数据集管理器中双击一个记录以编辑其通道映射。</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="57"/>
        <source>File label</source>
        <translation>文件标签</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="57"/>
        <source>Electrode</source>
        <translation>电极</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="57"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="57"/>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="57"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="61"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="61"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="61"/>
        <source>Linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="62"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="62"/>
        <source>Custom bipolar pairs</source>
        <translation>自定义双极导联对</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="64"/>
        <source>custom pairs, e.g. Fp1-F7, C3-C4</source>
        <translation>自定义导联对，例如 Fp1-F7, C3-C4</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="65"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="66"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="67"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="68"/>
        <source>Save montage...</source>
        <translation>保存导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="69"/>
        <source>Load montage...</source>
        <translation>载入导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="78"/>
        <source>Mapping saved</source>
        <translation>映射已保存</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="81"/>
        <source>Save montage</source>
        <translation>保存导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="81"/>
        <location filename="../ui/montage_editor.cpp" line="86"/>
        <source>Montages (*.json)</source>
        <translation>导联文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="86"/>
        <source>Load montage</source>
        <translation>载入导联</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="99"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="129"/>
        <source>Mapping of %1</source>
        <translation>%1 的通道映射</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="177"/>
        <source>Map %1 to %2</source>
        <translation>将 %1 映射到 %2</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="177"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="211"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="212"/>
        <source>linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="215"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/montage_editor.cpp" line="221"/>
        <source>as recorded</source>
        <translation>原始记录</translation>
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
        <location filename="../ui/signal_viewer.cpp" line="36"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="53"/>
        <source>%1 s/page</source>
        <translation>%1 秒/页</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="56"/>
        <source>%1 µV/div</source>
        <translation>%1 µV/格</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="59"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="59"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="59"/>
        <source>Linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="59"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="60"/>
        <source>Band-pass 0.5-45 Hz</source>
        <translation>带通 0.5-45 Hz</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="61"/>
        <source>Notch 50 Hz</source>
        <translation>50 Hz 陷波</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="63"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="127"/>
        <source>Montage not available: %1</source>
        <translation>无法使用该导联：%1</translation>
    </message>
    <message>
        <location filename="../ui/signal_viewer.cpp" line="245"/>
        <source>%1 - %2 s of %3 s, %4 traces, %5 points drawn</source>
        <translation>%1 - %2 秒（共 %3 秒），%4 条曲线，绘制 %5 个点</translation>
    </message>
</context>
</TS>
