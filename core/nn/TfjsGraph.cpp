#include "nn/TfjsGraph.h"

#include "nn/NetBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>
#include <set>

namespace tintype {

namespace {
struct Node {
    std::string op;
    std::vector<std::string> inputs; // node names ("name:1" for a second output is not supported)
    QJsonObject attr;
};

// Why the graph cannot be built; thrown while walking it, turned into a failure.
struct GraphError {
    QString reason;
};

// What a graph tensor is while building: a layer's output (with whether its
// pixels are 1×1, so a product with it broadcasts) or a constant.
struct Value {
    int layer = -1;
    bool onePixel = false;
    cv::Mat constant;
    std::vector<int> shape;
    bool isConstant() const { return layer < 0; }
};

QString attrString(const QJsonObject &attr, const char *key)
{
    return QString::fromLatin1(QByteArray::fromBase64(
        attr.value(QLatin1String(key)).toObject().value(QLatin1String("s")).toString().toLatin1()));
}

std::vector<int> attrInts(const QJsonObject &attr, const char *key)
{
    std::vector<int> values;
    for (const QJsonValue v : attr.value(QLatin1String(key))
                                  .toObject()
                                  .value(QLatin1String("list"))
                                  .toObject()
                                  .value(QLatin1String("i"))
                                  .toArray())
        values.push_back(v.isString() ? v.toString().toInt() : v.toInt());
    return values;
}

QStringList attrStrings(const QJsonObject &attr, const char *key)
{
    QStringList values;
    for (const QJsonValue v : attr.value(QLatin1String(key))
                                  .toObject()
                                  .value(QLatin1String("list"))
                                  .toObject()
                                  .value(QLatin1String("s"))
                                  .toArray())
        values.append(QString::fromLatin1(QByteArray::fromBase64(v.toString().toLatin1())));
    return values;
}

bool attrBool(const QJsonObject &attr, const char *key)
{
    return attr.value(QLatin1String(key)).toObject().value(QLatin1String("b")).toBool();
}

class GraphBuilder {
public:
    GraphBuilder(const std::map<std::string, Node> &nodes, const TfjsWeights &weights, const std::string &input)
        : m_nodes(nodes),
          m_weights(weights),
          m_input(input)
    {}

    const Value &value(const std::string &name)
    {
        if (const auto done = m_values.find(name); done != m_values.end())
            return done->second;
        const auto it = m_nodes.find(name);
        if (it == m_nodes.end())
            throw GraphError{
                QCoreApplication::translate("TfjsGraph", "the graph has no node %1").arg(QString::fromStdString(name))};
        if (!m_building.insert(name).second) // a node feeding itself: no order to build it in
            throw GraphError{QCoreApplication::translate("TfjsGraph", "the graph has a cycle through node %1")
                                 .arg(QString::fromStdString(name))};
        Value v = build(name, it->second);
        m_building.erase(name);
        return m_values.emplace(name, std::move(v)).first->second;
    }

    NetBuilder &net() { return m_net; }

private:
    int layerOf(const std::string &name, const Node &node, std::size_t input)
    {
        const Value &v = value(node.inputs.at(input));
        if (v.isConstant())
            throw GraphError{QCoreApplication::translate("TfjsGraph", "node %1 (%2) needs a computed input")
                                 .arg(QString::fromStdString(name), QString::fromStdString(node.op))};
        return v.layer;
    }

    const Value &constantOf(const std::string &name, const Node &node, std::size_t input)
    {
        const Value &v = value(node.inputs.at(input));
        if (!v.isConstant())
            throw GraphError{QCoreApplication::translate("TfjsGraph", "node %1 (%2) needs a constant input")
                                 .arg(QString::fromStdString(name), QString::fromStdString(node.op))};
        return v;
    }

    GraphError unsupported(const std::string &name, const Node &node, const QString &what = {})
    {
        QString reason = QCoreApplication::translate("TfjsGraph", "unsupported operation %1 at node %2")
                             .arg(QString::fromStdString(node.op), QString::fromStdString(name));
        if (!what.isEmpty())
            reason += QStringLiteral(" (") + what + QLatin1Char(')');
        return GraphError{reason};
    }

    int stride(const std::string &name, const Node &node)
    {
        const std::vector<int> strides = attrInts(node.attr, "strides");
        const std::vector<int> dilations = attrInts(node.attr, "dilations");
        for (int d : dilations)
            if (d != 1)
                throw unsupported(name, node, QStringLiteral("dilation"));
        if (strides.size() != 4 || strides[1] != strides[2] || strides[0] != 1 || strides[3] != 1)
            throw unsupported(name, node, QStringLiteral("strides"));
        return strides[1];
    }

    // BiasAdd then at most one activation, as Grappler fuses them.
    NetBuilder::Activation fusedActivation(const std::string &name, const Node &node)
    {
        const QStringList ops = attrStrings(node.attr, "fused_ops");
        if (ops.isEmpty() || ops.front() != QLatin1String("BiasAdd") || ops.size() > 2)
            throw unsupported(name, node, ops.join(QLatin1Char(',')));
        if (ops.size() == 1)
            return NetBuilder::Activation::None;
        if (ops[1] == QLatin1String("Relu"))
            return NetBuilder::Activation::Relu;
        if (ops[1] == QLatin1String("Relu6"))
            return NetBuilder::Activation::Relu6;
        throw unsupported(name, node, ops.join(QLatin1Char(',')));
    }

    Value layer(int id, bool onePixel = false)
    {
        Value v;
        v.layer = id;
        v.onePixel = onePixel;
        return v;
    }

    Value build(const std::string &name, const Node &node)
    {
        const std::string &op = node.op;
        if (op == "Placeholder") {
            if (name != m_input)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "a second input"));
            return layer(NetBuilder::input());
        }
        if (op == "Const") {
            Value v;
            v.constant = m_weights.tensor(name);
            v.shape = m_weights.shape(name);
            if (v.constant.empty())
                throw GraphError{QCoreApplication::translate("TfjsGraph", "the weights lack constant %1")
                                     .arg(QString::fromStdString(name))};
            return v;
        }
        if (op == "Identity")
            return value(node.inputs.at(0));
        if (op == "Conv2D" || op == "_FusedConv2D") {
            const int from = layerOf(name, node, 0);
            const Value &kernel = constantOf(name, node, 1);
            if (kernel.shape.size() != 4)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "kernel shape"));
            cv::Mat bias;
            NetBuilder::Activation activation = NetBuilder::Activation::None;
            if (op == "_FusedConv2D") {
                activation = fusedActivation(name, node);
                bias = constantOf(name, node, 2).constant;
            }
            const QString padding = attrString(node.attr, "padding");
            if (padding != QLatin1String("SAME") && padding != QLatin1String("VALID"))
                throw unsupported(name, node, padding);
            const bool onePixel = value(node.inputs.at(0)).onePixel && kernel.shape[0] == 1 && kernel.shape[1] == 1;
            return layer(
                m_net.conv(from, kernel.constant, kernel.shape, bias, stride(name, node),
                           padding == QLatin1String("SAME") ? NetBuilder::Padding::Same : NetBuilder::Padding::Valid,
                           activation),
                onePixel);
        }
        if (op == "DepthwiseConv2dNative" || op == "FusedDepthwiseConv2dNative") {
            const int from = layerOf(name, node, 0);
            const Value &kernel = constantOf(name, node, 1);
            if (kernel.shape.size() != 4 || kernel.shape[3] != 1)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "channel multiplier"));
            if (attrString(node.attr, "padding") != QLatin1String("SAME"))
                throw unsupported(name, node, attrString(node.attr, "padding"));
            cv::Mat bias;
            NetBuilder::Activation activation = NetBuilder::Activation::None;
            if (op == "FusedDepthwiseConv2dNative") {
                activation = fusedActivation(name, node);
                bias = constantOf(name, node, 2).constant;
            }
            return layer(m_net.depthwise(from, kernel.constant, kernel.shape, bias, stride(name, node), activation));
        }
        if (op == "Relu" || op == "Relu6" || op == "Sigmoid") {
            const Value &in = value(node.inputs.at(0));
            const int from = layerOf(name, node, 0);
            const int id = op == "Relu" ? m_net.relu(from) : op == "Relu6" ? m_net.relu6(from) : m_net.sigmoid(from);
            return layer(id, in.onePixel);
        }
        if (op == "Add" || op == "AddV2" || op == "Sub" || op == "Mul")
            return arithmetic(name, node);
        if (op == "Mean") {
            const Value &axes = constantOf(name, node, 1);
            if (axes.constant.total() != 2 || axes.constant.at<float>(0) != 1 || axes.constant.at<float>(1) != 2 ||
                !attrBool(node.attr, "keep_dims"))
                throw unsupported(name, node,
                                  QCoreApplication::translate("TfjsGraph", "only the mean over the pixels"));
            return layer(m_net.globalAvgPool(layerOf(name, node, 0)), true);
        }
        if (op == "ResizeBilinear") {
            const Value &size = constantOf(name, node, 1);
            if (size.constant.total() != 2)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "size"));
            return layer(m_net.resizeBilinear(layerOf(name, node, 0), int(size.constant.at<float>(0)),
                                              int(size.constant.at<float>(1)), attrBool(node.attr, "align_corners"),
                                              attrBool(node.attr, "half_pixel_centers")));
        }
        if (op == "ConcatV2") {
            const Value &axis = constantOf(name, node, node.inputs.size() - 1);
            const int a = int(axis.constant.at<float>(0));
            if (a != 3 && a != -1)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "only on the channel axis"));
            std::vector<int> inputs;
            for (std::size_t i = 0; i + 1 < node.inputs.size(); ++i)
                inputs.push_back(layerOf(name, node, i));
            return layer(m_net.concat(inputs));
        }
        throw unsupported(name, node);
    }

    Value arithmetic(const std::string &name, const Node &node)
    {
        const std::string &op = node.op;
        const Value a = value(node.inputs.at(0)), b = value(node.inputs.at(1));
        if (a.isConstant() && b.isConstant())
            throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "two constants"));
        if (a.isConstant() || b.isConstant()) {
            const Value &map = a.isConstant() ? b : a;
            const Value &constant = a.isConstant() ? a : b;
            if (constant.constant.total() != 1)
                throw unsupported(name, node, QCoreApplication::translate("TfjsGraph", "only a scalar constant"));
            const float c = constant.constant.at<float>(0);
            if (op == "Mul")
                return layer(m_net.scaleShift(map.layer, c, 0.0F), map.onePixel);
            if (op == "Sub")
                return layer(a.isConstant() ? m_net.scaleShift(map.layer, -1.0F, c)
                                            : m_net.scaleShift(map.layer, 1.0F, -c),
                             map.onePixel);
            return layer(m_net.scaleShift(map.layer, 1.0F, c), map.onePixel);
        }
        if (a.onePixel != b.onePixel) {
            if (op != "Mul")
                throw unsupported(name, node,
                                  QCoreApplication::translate("TfjsGraph", "broadcast other than a product"));
            const Value &big = a.onePixel ? b : a, &small = a.onePixel ? a : b;
            return layer(m_net.channelScale(big.layer, small.layer));
        }
        if (op == "Mul")
            return layer(m_net.product({a.layer, b.layer}), a.onePixel);
        if (op == "Sub")
            return layer(m_net.difference(a.layer, b.layer), a.onePixel);
        return layer(m_net.sum({a.layer, b.layer}), a.onePixel);
    }

    const std::map<std::string, Node> &m_nodes;
    const TfjsWeights &m_weights;
    std::string m_input;
    NetBuilder m_net;
    std::map<std::string, Value> m_values;
    std::set<std::string> m_building; // the nodes on the way to the one being built
};
} // namespace

Result<TfjsGraph> TfjsGraph::load(const QString &directory, const QString &model,
                                  const std::vector<std::string> &outputs)
{
    const QString path = directory + QLatin1Char('/') + model + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<TfjsGraph>::failure(
            QCoreApplication::translate("TfjsGraph", "Model file %1 is missing or unreadable").arg(path));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    const QJsonArray nodeList =
        root.value(QLatin1String("modelTopology")).toObject().value(QLatin1String("node")).toArray();
    if (!document.isObject() || nodeList.isEmpty())
        return Result<TfjsGraph>::failure(
            QCoreApplication::translate("TfjsGraph", "Model file %1 is not a TensorFlow.js graph model (%2)")
                .arg(path, parseError.errorString()));
    auto weights = TfjsWeights::fromManifest(root.value(QLatin1String("weightsManifest")).toArray(), directory, model);
    if (!weights)
        return Result<TfjsGraph>::failure(weights.error());

    std::map<std::string, Node> nodes;
    std::string input;
    for (const QJsonValue v : nodeList) {
        const QJsonObject o = v.toObject();
        Node node;
        node.op = o.value(QLatin1String("op")).toString().toStdString();
        for (const QJsonValue i : o.value(QLatin1String("input")).toArray())
            node.inputs.push_back(i.toString().toStdString());
        node.attr = o.value(QLatin1String("attr")).toObject();
        const std::string name = o.value(QLatin1String("name")).toString().toStdString();
        if (node.op == "Placeholder")
            input = name;
        nodes.emplace(name, std::move(node));
    }

    TfjsGraph graph;
    try {
        GraphBuilder builder(nodes, weights.value(), input);
        for (const std::string &output : outputs) {
            const int id = builder.value(output).layer;
            if (id <= 0)
                return Result<TfjsGraph>::failure(
                    QCoreApplication::translate("TfjsGraph", "Model %1: output %2 is not computed")
                        .arg(model, QString::fromStdString(output)));
            graph.m_outputLayers.push_back(builder.net().name(id));
        }
        for (const auto &[name, node] : nodes) {
            if (node.op != "Const")
                continue;
            const cv::Mat c = weights->tensor(name);
            if (!c.empty() && c.total() <= 16)
                graph.m_constants.emplace(name, c.clone());
        }
        graph.m_net = builder.net().net();
    } catch (const GraphError &e) {
        return Result<TfjsGraph>::failure(
            QCoreApplication::translate("TfjsGraph", "Model %1 cannot be built: %2").arg(model, e.reason));
    } catch (const cv::Exception &e) {
        return Result<TfjsGraph>::failure(QCoreApplication::translate("TfjsGraph", "Model %1 cannot be built: %2")
                                              .arg(model, QString::fromUtf8(e.what())));
    } catch (const std::out_of_range &) {
        return Result<TfjsGraph>::failure(
            QCoreApplication::translate("TfjsGraph", "Model %1 cannot be built: a node lacks an input").arg(model));
    }
    return graph;
}

std::vector<cv::Mat> TfjsGraph::run(const cv::Mat &blob)
{
    m_net.setInput(blob);
    std::vector<cv::Mat> outs;
    m_net.forward(outs, m_outputLayers);
    return outs;
}

cv::Mat TfjsGraph::constant(const std::string &name) const
{
    const auto it = m_constants.find(name);
    return it == m_constants.end() ? cv::Mat() : it->second;
}

} // namespace tintype
